/**
 * Leaving the pause page: back to where the user came from, or, when there is nowhere to
 * go back to, closing the tab (opening a neutral new tab first if it is the window's last).
 */
import { browser } from 'wxt/browser';
import { currentTime } from '@/utils/clock';
import { markTurnedBack } from '@/utils/pause-session';

async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) {
    window.close();
    return;
  }
  const siblings = await browser.tabs.query({ windowId: tab.windowId });
  if (siblings.length <= 1) await browser.tabs.create({ windowId: tab.windowId, active: true });
  await browser.tabs.remove(tab.id);
}

/** Goes back `steps` entries (past the paused URL itself when it is the previous one), or closes the tab. */
export async function leavePause(rawTarget: string, steps: 1 | 2): Promise<void> {
  markTurnedBack(sessionStorage, rawTarget, await currentTime());
  if (history.length <= steps) return closeTab();
  // history.length also counts forward entries. If going back starts no navigation (no
  // beforeunload, no navigate event), there was nowhere to go: close instead. A slow
  // previous page still counts as leaving, so it is never cut short.
  let leaving = false;
  const onLeave = () => {
    leaving = true;
  };
  addEventListener('beforeunload', onLeave, { once: true });
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigate', onLeave, {
    once: true,
  });
  history.go(-steps);
  setTimeout(() => {
    if (!leaving) void closeTab();
  }, 500);
}
