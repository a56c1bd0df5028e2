/**
 * Stands in for the background in unit tests of extension pages: answers the popup's tab
 * messages with the background's real handlers. WXT's fake delivers messages with an empty
 * sender, so this gives the sender the browser reports for our own popup page.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Envelope } from '@/utils/messages';
import { answerForgetSyncedCopy } from '@/utils/sync-forget';
import { answerAddProfileFromTab, answerRecogniseTab, tabProfileContext } from '@/utils/tab-profile';

/** Registers the background's answers to the popup's and options page's messages. */
export function answerAsBackground(page = '/popup.html'): void {
  const ctx = tabProfileContext();
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(page) };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { name, data } = message as Envelope;
    if (name === 'recogniseTab') return answerRecogniseTab(data, popup, ctx);
    if (name === 'addProfileFromTab') return answerAddProfileFromTab(data, popup, ctx);
    if (name === 'forgetSyncedCopy') return answerForgetSyncedCopy(popup, ctx);
    return undefined;
  });
}

/** Opens `url` in a fake tab and makes it the popup window's active tab; resolves with its id. */
export async function openActiveTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  const id = tab.id as number;
  // WXT's fake has no way to make a tab active, so the query answers like a browser would:
  // only the active tab of the popup's window, and only for exactly that question.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info) =>
    info.active === true && info.currentWindow === true && Object.keys(info).length === 2
      ? [{ ...tab, active: true }]
      : [],
  );
  return id;
}
