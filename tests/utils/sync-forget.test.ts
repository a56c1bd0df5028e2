import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../../utils/settings';
import { syncNow } from '../../utils/sync';
import { answerForgetSyncedCopy } from '../../utils/sync-forget';

const ctx = { extensionId: 'breathing-room', baseUrl: 'chrome-extension://breathing-room/' };
const optionsPage = { id: 'breathing-room', url: 'chrome-extension://breathing-room/options.html' };

async function syncedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.sync.get(null));
}

describe('forgetSyncedCopy', () => {
  it('removes the synced copy when the options page asks', async () => {
    await updateSettings({ sync: true });
    expect(await syncNow()).toBe('synced');
    expect((await syncedKeys()).length).toBeGreaterThan(0);

    expect(await answerForgetSyncedCopy(optionsPage, ctx)).toEqual({ ok: true });
    expect(await syncedKeys()).toEqual([]);
  });

  it.each([
    ['a content script on a web page', { id: 'breathing-room', url: 'https://www.instagram.com/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }],
    ['a sender without a URL', { id: 'breathing-room' }],
  ])('refuses %s and keeps the copy', async (_, sender) => {
    await updateSettings({ sync: true });
    await syncNow();
    const before = await syncedKeys();
    expect(await answerForgetSyncedCopy(sender, ctx)).toEqual({ ok: false });
    expect(await syncedKeys()).toEqual(before);
  });
});
