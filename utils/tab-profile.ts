/**
 * The background's answers to the popup's "Add this profile": which profile the current tab
 * shows (`recogniseTab`) and listing it (`addProfileFromTab`). The link parser and the list
 * edits live here, in the background, so the popup need not ship them (its budget is 25 KB).
 * The background reads the tab's URL itself; a URL sent by a page is never trusted.
 */
import { browser } from 'wxt/browser';
import { currentTime } from './clock';
import { editList } from './commitment-runner';
import { addProfile, type EditResult } from './list-edits';
import type { PeopleList } from './model';
import { safeHttpUrl } from './pause-target';
import { offerFor, type TabOffer } from './popup-offer';
import { getList } from './settings';

/** What the sender of a message is, as the browser reports it. */
export interface MessageSender {
  id?: string;
  url?: string;
}

/** What answering needs from the background. */
export interface TabProfileContext {
  extensionId: string;
  /** The extension's base URL, e.g. `chrome-extension://<id>/`. */
  baseUrl: string;
  /** The URL the tab shows now, or null when it is closed or hidden from us. */
  tabUrl: (tabId: number) => Promise<string | null>;
  list: () => Promise<PeopleList>;
  /** Applies a list edit (serialised with other edits) and resolves with its result. */
  editList: (edit: (list: PeopleList) => EditResult) => Promise<EditResult>;
  now: () => Promise<number>;
}

/** The outcome of `addProfileFromTab`: the profile now listed, or nothing added. */
export type AddFromTabResult = { ok: true; offer: TabOffer } | { ok: false };

/** Only the extension's own pages may ask: never a content script, never another extension. */
export function isOwnPage(sender: MessageSender, ctx: Pick<TabProfileContext, 'extensionId' | 'baseUrl'>) {
  return sender.id === ctx.extensionId && (sender.url ?? '').startsWith(ctx.baseUrl);
}

/** The tab id from a message's data, or null unless it is a non-negative integer. */
export function tabIdFrom(data: unknown): number | null {
  const id = (data as { tabId?: unknown } | null)?.tabId;
  return Number.isInteger(id) && (id as number) >= 0 ? (id as number) : null;
}

async function tabOffer(data: unknown, sender: MessageSender, ctx: TabProfileContext) {
  const tabId = tabIdFrom(data);
  if (tabId === null || !isOwnPage(sender, ctx)) return null;
  const url = safeHttpUrl(await ctx.tabUrl(tabId).catch(() => null));
  return url === null ? null : { url, offer: offerFor(await ctx.list(), url) };
}

/** recogniseTab: the unlisted profile the tab shows, or null. */
export async function answerRecogniseTab(
  data: unknown,
  sender: MessageSender,
  ctx: TabProfileContext,
): Promise<TabOffer | null> {
  return (await tabOffer(data, sender, ctx))?.offer ?? null;
}

/**
 * addProfileFromTab: lists the profile the tab shows now, under a new person named from
 * its handle. `expected` is what the popup showed; if the tab has moved on to another page
 * meanwhile, nothing is added, so the user never gets a profile they did not see.
 */
export async function answerAddProfileFromTab(
  data: unknown,
  sender: MessageSender,
  ctx: TabProfileContext,
): Promise<AddFromTabResult> {
  const offer = (await tabOffer(data, sender, ctx))?.offer;
  const expected = (data as { expected?: { platform?: unknown; key?: unknown } } | null)?.expected;
  if (!offer || offer.profile.platform !== expected?.platform || offer.profile.key !== expected?.key)
    return { ok: false };
  const at = await ctx.now();
  const result = await ctx.editList((list) => addProfile(list, offer.profile, offer.aliases, { at }));
  return result.error ? { ok: false } : { ok: true, offer };
}

/** The context the background answers with: the real tabs, the stored list, the clock. */
export function tabProfileContext(): TabProfileContext {
  return {
    extensionId: browser.runtime.id,
    baseUrl: browser.runtime.getURL('/'),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId))?.url ?? null,
    list: getList,
    editList,
    now: currentTime,
  };
}
