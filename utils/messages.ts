/**
 * Every message between the extension's contexts, declared once. Senders and handlers
 * use these types; no message name is written anywhere else. Payloads from content
 * scripts run next to untrusted pages, so the background validates them on arrival.
 */
import { browser } from 'wxt/browser';
import type { Match } from './match';
import type { PlatformId } from './model';
import type { TabOffer } from './popup-offer';
import type { AddFromTabResult } from './tab-profile';

export interface ProtocolMap {
  /** Content script → background: may this tab show `url` (the user chose "Continue anyway")? */
  isAllowed(data: { url: string }): boolean;
  /**
   * Pause page → background: the user chose "Continue anyway" for `url`. The background
   * re-checks the URL against the list and lets only the sending tab through, for
   * settings.allowanceMinutes. `tabId` is the page's own tab (used when `sender.tab` is absent).
   */
  grantAllowance(data: { url: string; tabId?: number }): { ok: boolean };
  /**
   * Pause page → background: whose is `url`, by the current list? The background holds the
   * match index, so the pause page need not ship the matcher (its size budget is 25 KB).
   */
  resolvePause(data: { url: string }): Match | null;
  /**
   * Popup → background: the unlisted profile tab `tabId` shows, or null. The background
   * reads the tab's URL itself (activeTab or host permission) and holds the link parser,
   * so the popup need not ship it (its size budget is 25 KB).
   */
  recogniseTab(data: { tabId: number }): TabOffer | null;
  /**
   * Popup → background: list the profile tab `tabId` shows, if it is still the `expected`
   * one the popup offered.
   */
  addProfileFromTab(data: {
    tabId: number;
    expected: { platform: PlatformId; key: string };
  }): AddFromTabResult;
  /** Options → background: "Delete everything" also removes the copy in storage.sync. */
  forgetSyncedCopy(data: Record<string, never>): { ok: boolean };
}

export type MessageName = keyof ProtocolMap;
type Data<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends MessageName> = ReturnType<ProtocolMap[K]>;

export interface Envelope<K extends MessageName = MessageName> {
  name: K;
  data: Data<K>;
}

/** Sends a typed message to the background and resolves with its typed reply. */
export async function sendMessage<K extends MessageName>(name: K, data: Data<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage({ name, data } satisfies Envelope<K>)) as Reply<K>;
}
