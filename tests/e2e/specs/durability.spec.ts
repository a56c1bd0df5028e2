/**
 * Durability (issue 4): putting the extension's background to sleep — the way the browser
 * stops an idle service worker, or kills it under memory pressure — right after a
 * reflection is saved and right after a pause is recorded loses nothing that was
 * committed, and pausing still works when it wakes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER, useExtBrowser, waitFor } from '../harness';
import { ALEX, isPause, listAlex, pausedEventsSince } from './pause-support';

const e2e = useExtBrowser();

afterEach(async () => {
  expect(await e2e.browser.extensionErrors()).toEqual([]);
});

/** Every reflection's text, read straight from the extension's IndexedDB. */
function reflectionTexts(): Promise<string[]> {
  return e2e.browser.evalInExtension(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('breathing-room');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ text: string }[]>((resolve, reject) => {
      const request = db.transaction('reflections').objectStore('reflections').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.map((row) => row.text);
  });
}

describe(`nothing committed is lost when the background stops (${BROWSER})`, () => {
  it('keeps the pause and the reflection written on it, and pauses again after waking', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(browser);
    const since = Date.now();

    await tab.goto(ALEX);
    await tab.waitFor({ role: 'button', name: 'Go back' });
    await waitFor(async () => (await pausedEventsSince(browser, since)).length === 1 || undefined, {
      message: 'the paused event',
    });
    // Right after the pause is recorded.
    await browser.stopServiceWorker();

    const words = 'I miss the routine more than the person, I think.';
    await tab.type({ label: 'What is on your mind right now?' }, words);
    await tab.click({ role: 'button', name: 'Save reflection' });
    await tab.waitFor({ text: 'Saved. Thank you for writing it down.' });
    // Right after the reflection is saved.
    await browser.stopServiceWorker();

    expect(await reflectionTexts()).toContain(words);
    expect(await pausedEventsSince(browser, since)).toHaveLength(1);

    // Woken by the next navigation, it still pauses, and the site still sees nothing.
    const again = await browser.newTab('https://www.instagram.com/alex/?from=bookmark', {
      waitUntil: 'none',
    });
    await again.waitForUrl(isPause(browser));
    await again.waitFor({ role: 'heading', name: 'You asked for space from Alex on Instagram' });
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
    await waitFor(async () => (await pausedEventsSince(browser, since)).length === 2 || undefined, {
      message: 'the second paused event',
    });
    expect(await reflectionTexts()).toContain(words);
  });
});
