import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from '../../utils/welcome';

async function tabUrls(): Promise<(string | undefined)[]> {
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
}

describe('the welcome page', () => {
  it('opens at options.html#welcome on a fresh install', async () => {
    expect(await welcomeOnInstall({ reason: 'install' })).toBe(true);
    expect(await tabUrls()).toContain(fakeBrowser.runtime.getURL('/options.html#welcome'));
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])(
    'stays closed on %s',
    async (reason) => {
      expect(await welcomeOnInstall({ reason })).toBe(false);
      expect((await tabUrls()).some((url) => url?.includes('options.html'))).toBe(false);
    },
  );
});
