import { describe, expect, it } from 'vitest';
import { BROWSER, launchBrowser, readStorage, seedStorage, useExtBrowser, waitFor } from '../harness';

// The harness checks itself with nothing listed: fixtures load, input is real, the recorder
// sees frames (so "0 frames" in pausing specs is a measurement that can fail).
const e2e = useExtBrowser();

describe(`harness (${BROWSER})`, () => {
  it('serves every kind of host from the fixture server and logs each request', async () => {
    const { server, tab } = e2e;
    await tab.goto('https://www.instagram.com/someone/');
    expect(await tab.text('#profile-content')).toContain('/someone/');
    await tab.goto('https://m.facebook.com/sam');
    await tab.waitFor('#profile-content');
    await tab.goto('http://unrelated.test/a?b=1');
    await tab.waitForUrl('https://unrelated.test/a?b=1');
    await tab.goto('https://www.google.com/search?q=alex');
    await tab.waitFor('#search-results');
    const seen = server
      .requests()
      .filter((r) => r.path !== '/favicon.ico')
      .map((r) => `${r.scheme}://${r.host}${r.path}?${r.query}`);
    expect(seen).toEqual([
      'https://www.instagram.com/someone/?',
      'https://m.facebook.com/sam?',
      'http://unrelated.test/a?b=1',
      'https://unrelated.test/a?b=1',
      'https://www.google.com/search?q=alex',
    ]);
    expect(server.requestsFor('facebook.com', '/sam')).toHaveLength(1);
  });

  it('clicks links with the real mouse, including into a new tab, and goes back', async () => {
    const { browser, server, tab } = e2e;
    await tab.goto(server.linkPageUrl(['https://www.reddit.com/user/sam/']));
    await tab.click({ role: 'link', name: 'reddit.com/user/sam' });
    await tab.waitForUrl('https://www.reddit.com/user/sam/');
    await tab.goBack();
    await tab.waitForUrl(/news\.example\/links/);
    await tab.goto(server.linkPageUrl(['https://www.tiktok.com/@sam'], { newTab: true }));
    await tab.click('#link-0');
    const opened = await browser.waitForTab('https://www.tiktok.com/@sam');
    await opened.waitFor('#profile-content');
    expect((await browser.tabs()).length).toBe(2);
  });

  it('goes back and forward between a web page and an extension page', async () => {
    const { browser, tab } = e2e;
    await tab.goto(browser.extensionUrl('popup.html'));
    await tab.goto('https://www.instagram.com/someone/');
    await tab.goBack({ timeoutMs: 10_000 });
    expect(await tab.url()).toBe(browser.extensionUrl('popup.html'));
    await tab.goForward({ timeoutMs: 10_000 });
    expect(await tab.url()).toBe('https://www.instagram.com/someone/');
  });

  it('types and presses keys with real key events', async () => {
    const { tab } = e2e;
    await tab.goto('https://unrelated.test/');
    await tab.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Words');
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') document.title = `entered ${input.value}`;
      });
      document.body.append(input);
    });
    await tab.type({ label: 'Words' }, 'hello');
    await tab.press('Enter');
    await waitFor(async () => (await tab.title()) === 'entered hello');
    await tab.fill({ label: 'Words' }, 'bye');
    expect(await tab.evaluate(() => (document.querySelector('input') as HTMLInputElement).value)).toBe('bye');
    await tab.press('Shift+Tab');
    expect((await tab.focused())?.name).not.toBe('Words');
  });

  it('records visible profile frames in the SPA fixture after pushState', async () => {
    const { server, tab } = e2e;
    await tab.goto(server.spaUrl('www.instagram.com', ['/alex/']));
    await server.waitForBeacon((b) => b.data.kind === 'ready');
    await tab.click('#spa-link-0');
    await tab.waitForUrl('https://www.instagram.com/alex/');
    await server.waitForBeacon((b) => b.data.kind === 'frame' && b.data.path === '/alex/');
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  });

  it('serves profile navigations from the service-worker fixture without the network', async () => {
    const { server, tab } = e2e;
    await tab.goto(server.serviceWorkerUrl());
    await tab.waitFor({ text: 'ready', exact: true }, 30_000);
    await tab.goto('https://x.com/sam');
    expect(
      await tab.evaluate(() => document.querySelector('#profile-content')?.getAttribute('data-source')),
    ).toBe('service-worker');
    expect(server.requestsFor('x.com', '/sam')).toEqual([]);
    await server.waitForBeacon((b) => b.data.kind === 'frame' && b.data.path === '/sam');
  });

  it('reads and writes extension storage, and restores it between tests', async () => {
    const { browser } = e2e;
    expect(await readStorage(browser, ['harnessMarker'])).toEqual({});
    await seedStorage(browser, { harnessMarker: 1 });
    expect(await readStorage(browser, ['harnessMarker'])).toEqual({ harnessMarker: 1 });
  });

  it('starts with storage restored after the previous test wrote to it', async () => {
    expect(await readStorage(e2e.browser, ['harnessMarker'])).toEqual({});
  });

  it('restarts Chromium on the same profile with the data kept; says why not in Firefox', async () => {
    const first = await launchBrowser(BROWSER, { loopbackIp: e2e.server.ip });
    let current = first;
    try {
      await seedStorage(first, { harnessMarker: 'kept' });
      if (BROWSER === 'firefox') {
        await expect(first.restart()).rejects.toThrow(/temporary add-on/);
        return;
      }
      current = await first.restart();
      expect(current.extensionBaseUrl).toBe(first.extensionBaseUrl);
      expect(await readStorage(current, ['harnessMarker'])).toEqual({ harnessMarker: 'kept' });
    } finally {
      await current.close();
    }
  });

  it('stops the background and the next extension event wakes it', async () => {
    const { browser } = e2e;
    expect(await browser.isServiceWorkerRunning()).toBe(true);
    await browser.stopServiceWorker();
    expect(await browser.isServiceWorkerRunning()).toBe(false);
    await browser.evalInExtension((api) =>
      api.runtime.sendMessage({ type: 'harness-wake' }).catch(() => null),
    );
    await waitFor(() => browser.isServiceWorkerRunning(), { message: 'the background to wake' });
  });

  it('emulates dark mode and reduced motion', async () => {
    const { tab } = e2e;
    await tab.goto('https://unrelated.test/');
    await tab.emulate({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const media = () =>
      tab.evaluate(() => [
        matchMedia('(prefers-color-scheme: dark)').matches,
        matchMedia('(prefers-reduced-motion: reduce)').matches,
      ]);
    await waitFor(async () => (await media()).every(Boolean), { message: 'dark + reduced motion' });
    await tab.emulate({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await waitFor(async () => !(await media()).some(Boolean), { message: 'light + motion' });
  });
});
