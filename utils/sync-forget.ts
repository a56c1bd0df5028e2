/**
 * "Delete everything" must not leave the list in the browser's sync storage. The options
 * page cannot ship the sync code within its size budget, so it asks the background,
 * which already holds it. Only the extension's own pages may ask.
 */
import { clearSyncedCopy } from './sync';
import { isOwnPage } from './tab-profile';

type Sender = { id?: string; url?: string };

/** forgetSyncedCopy: removes the synced copy and this device's sync state. */
export async function answerForgetSyncedCopy(
  sender: Sender,
  ctx: { extensionId: string; baseUrl: string },
  clear: () => Promise<void> = clearSyncedCopy,
): Promise<{ ok: boolean }> {
  if (!isOwnPage(sender, ctx)) return { ok: false };
  await clear();
  return { ok: true };
}
