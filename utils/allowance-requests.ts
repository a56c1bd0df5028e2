/**
 * The background's answers to the two allowance messages. Both arrive from contexts we do
 * not fully trust (a content script runs beside the site; anyone can open the pause page
 * with any fragment), so each is validated here, where it enters.
 */
import { isAllowed } from './allowance';
import { grantAllowance, readAllowances } from './allowance-store';
import { type MatchIndex, matchUrl } from './match';
import type { Settings } from './model';
import { safeHttpUrl } from './pause-target';

/** What the background knows about a message's sender. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** What answering needs from the background. */
export interface AnswerContext {
  extensionId: string;
  pageUrl: string;
  now: () => Promise<number>;
  index: () => Promise<MatchIndex>;
  settings: () => Promise<Settings>;
}

function ownTabId(sender: SenderInfo): number | null {
  const id = sender.tab?.id;
  return typeof id === 'number' && id >= 0 ? id : null;
}

/** isAllowed: only the sending tab's own allowance counts, and only for exactly that URL. */
export async function answerIsAllowed(
  data: unknown,
  sender: SenderInfo,
  ctx: AnswerContext,
): Promise<boolean> {
  const tabId = ownTabId(sender);
  const url = safeHttpUrl((data as { url?: string } | null)?.url);
  if (sender.id !== ctx.extensionId || tabId === null || url === null) return false;
  return isAllowed(await readAllowances(), tabId, url, await ctx.now());
}

/**
 * grantAllowance: only our own pause page may ask, only for a URL that still matches the
 * list, never in strict mode, and only for the tab the page is in.
 */
export async function answerGrant(
  data: unknown,
  sender: SenderInfo,
  ctx: AnswerContext,
): Promise<{ ok: boolean }> {
  const request = (data ?? {}) as { url?: string; tabId?: unknown };
  const fromPausePage = sender.id === ctx.extensionId && (sender.url ?? '').startsWith(ctx.pageUrl);
  const url = safeHttpUrl(request.url);
  const tabId = ownTabId(sender) ?? (Number.isInteger(request.tabId) ? (request.tabId as number) : null);
  if (!fromPausePage || url === null || tabId === null || tabId < 0) return { ok: false };
  if (!matchUrl(url, await ctx.index())) return { ok: false };
  const settings = await ctx.settings();
  if (settings.strict) return { ok: false };
  await grantAllowance(tabId, url, await ctx.now(), settings.allowanceMinutes);
  return { ok: true };
}
