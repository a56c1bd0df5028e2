/**
 * Re-matches a pause page's target against the list, in the background (which holds the
 * match index). The pause page asks with `resolvePause` rather than bundling the matcher.
 */
import { type MatchIndex, matchUrl } from './match';
import { type PauseTarget, safeHttpUrl, targetFromHash } from './pause-target';

/**
 * The pause page's fragment as a target to offer: only a safe http(s) URL of a listed
 * profile or name search; otherwise null, and the page shows a calm pause without
 * "Continue anyway".
 */
export function resolvePauseTarget(hash: string, index: MatchIndex): PauseTarget | null {
  const url = safeHttpUrl(targetFromHash(hash));
  if (url === null) return null;
  const match = matchUrl(url, index);
  return match ? { url, match } : null;
}

/** What answering needs from the background. */
export interface ResolveContext {
  extensionId: string;
  index: () => Promise<MatchIndex>;
}

/** resolvePause: our own pages only; anything that is not a safe, listed URL resolves to null. */
export async function answerResolvePause(
  data: unknown,
  sender: { id?: string },
  ctx: ResolveContext,
): Promise<PauseTarget['match'] | null> {
  if (sender.id !== ctx.extensionId) return null;
  const url = (data as { url?: unknown } | null)?.url;
  if (typeof url !== 'string') return null;
  return resolvePauseTarget(url, await ctx.index())?.match ?? null;
}
