import { describe, expect, it } from 'vitest';
import { BROWSER, seedStorage, useExtBrowser } from '../harness';

const e2e = useExtBrowser();

/** One person, Alex, with one Instagram profile — the list as the data layer stores it. */
const ALEX_LIST = {
  people: [
    {
      id: 'p1',
      label: 'Alex',
      note: '',
      names: [],
      addedAt: 0,
      profiles: [
        {
          id: 'f1',
          platform: 'instagram',
          key: 'alex',
          handle: '@alex',
          url: 'https://www.instagram.com/alex/',
          aliases: [],
          paused: false,
          addedAt: 0,
        },
      ],
    },
  ],
};

const SIZES = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

describe(`smoke (${BROWSER})`, () => {
  it('loads the extension with its background running and no errors', async () => {
    const { browser, tab } = e2e;
    const idPattern =
      BROWSER === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\/$/ : /^moz-extension:\/\/[0-9a-f-]{36}\/$/;
    expect(browser.extensionBaseUrl).toMatch(idPattern);
    await tab.goto(browser.extensionUrl('popup.html'));
    await tab.waitFor('h1');
    await tab.goto(browser.extensionUrl('options.html'));
    await tab.waitFor('h1');
    const manifest = await browser.evalInExtension((api) => api.runtime.getManifest().manifest_version);
    expect(manifest).toBe(3);
    expect(await browser.extensionErrors()).toEqual([]);
  });

  it('renders the popup with its heading', async () => {
    const { browser, tab } = e2e;
    await tab.goto(browser.extensionUrl('popup.html'));
    expect(await tab.text({ role: 'heading', name: 'Breathing Room' })).toContain('Breathing Room');
    expect(await tab.evaluate(() => document.body.textContent)).not.toMatch(/__MSG_|popupTitle/);
  });

  it('renders the options page with its heading', async () => {
    const { browser, tab } = e2e;
    await tab.goto(browser.extensionUrl('options.html'));
    expect(await tab.text({ role: 'heading', name: 'Breathing Room' })).toContain('Breathing Room');
    expect(await tab.evaluate(() => document.body.textContent)).not.toMatch(/__MSG_|optionsTitle/);
  });

  it('pauses a listed Instagram profile opened by URL before the site sees the request', async () => {
    const { browser, server, tab } = e2e;
    await seedStorage(browser, { list: ALEX_LIST });
    // The same host serves unlisted profiles normally: the fixture and DNS mapping work.
    await tab.goto('https://www.instagram.com/someone_else/');
    await tab.waitFor('#profile-content');
    expect(server.requestsFor('instagram.com', '/someone_else')).toHaveLength(1);

    await tab.goto('https://www.instagram.com/alex/');
    await tab.waitForUrl((url) => url.startsWith(browser.extensionUrl('pause.html')));
    await tab.waitFor('h1');
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  });

  it('takes screenshots of the popup, options and pause page at 360 and 1280 px, light and dark', async () => {
    const { browser, tab } = e2e;
    await seedStorage(browser, { list: ALEX_LIST });
    const open: Record<string, () => Promise<void>> = {
      popup: () => tab.goto(browser.extensionUrl('popup.html')),
      options: () => tab.goto(browser.extensionUrl('options.html')),
      // The pause page as a paused navigation reaches it, not a hand-made URL.
      pause: async () => {
        await tab.goto('https://www.instagram.com/alex/');
        await tab.waitForUrl((url) => url.startsWith(browser.extensionUrl('pause.html')));
      },
    };
    for (const [name, load] of Object.entries(open)) {
      await load();
      await tab.waitFor('h1');
      for (const width of SIZES) {
        for (const colorScheme of SCHEMES) {
          const file = await tab.screenshot(`smoke-${name}-${width}-${colorScheme}`, {
            width,
            colorScheme,
            fullPage: true,
          });
          expect(file).toContain(`screenshots/${BROWSER}/`);
          const dark = await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
          expect(dark).toBe(colorScheme === 'dark');
        }
      }
    }
  });
});
