import { configure, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/App';
import { addProfile } from '../../../utils/list-edits';
import { saveList, updateSettings } from '../../../utils/settings';
import { installI18n } from '../../support/i18n';

configure({ asyncUtilTimeout: 5000 });

const SECTIONS = ['people', 'commitment', 'settings', 'journal', 'history', 'data', 'welcome'];

beforeEach(async () => {
  installI18n(fakeBrowser, 'de');
  const { list } = addProfile(
    { people: [] },
    { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
    [],
  );
  await saveList(list);
  await updateSettings({ onboarded: true, startDate: Date.now() - 86_400_000 });
});

describe('the options page in German', () => {
  it.each(SECTIONS)('#%s shows German text and no message keys', async (section) => {
    location.hash = `#${section}`;
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelector('main h1, main h2')).toBeTruthy());
    if (section !== 'welcome') await screen.findByRole('link', { name: 'Tagebuch' });
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\b(options|link|data|pause|popup|platform)_[A-Za-z]/);
    for (const english of ['People and profiles', 'Settings', 'Remove', 'Export everything', 'Welcome']) {
      expect(text).not.toContain(english);
    }
    location.hash = '';
  });
});
