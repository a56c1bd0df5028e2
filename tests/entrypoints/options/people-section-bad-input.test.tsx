/**
 * The component-level sample of the Profile link bad-input test: 300 of the generated strings
 * (the same generator as tests/utils/profile-add.test.ts, which runs 10,000 on the pure add
 * flow) pasted into the real section with the real storage fakes, and Add pressed each time.
 * Each answer is visible text; the stored list grows only when the field said "✓".
 */
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { useEffect, useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PeopleSection } from '../../../entrypoints/options/people-section';
import type { PendingChange, PeopleList } from '../../../utils/model';
import { getList, watchList } from '../../../utils/settings';
import { PASTED_TEXT } from './pasted-text';

configure({ asyncUtilTimeout: 5000 });

const SAMPLE = fc.sample(PASTED_TEXT, { numRuns: 300, seed: 20_260_111 });

function Harness() {
  const [list, setList] = useState<PeopleList>({ people: [] });
  const pending: PendingChange[] = [];
  useEffect(() => {
    void getList().then(setList);
    return watchList(setList);
  }, []);
  return <PeopleSection list={list} pending={pending} />;
}

const countProfiles = async () => (await getList()).people.flatMap((p) => p.profiles).length;

describe('Profile link field: a sample of generated text, in the real section', () => {
  it('answers every paste with visible text and adds only what it recognised', async () => {
    // Profiles on hosts the browser must first allow (a Mastodon instance) are granted here.
    (fakeBrowser.permissions as unknown as Record<string, unknown>).request = async () => true;
    render(<Harness />);
    const field = screen.getByLabelText('Profile link') as HTMLInputElement;
    const status = () => document.getElementById('add-link-status')?.textContent ?? '';
    let added = 0;
    for (const text of SAMPLE) {
      fireEvent.input(field, { target: { value: text } });
      const recognised = status().endsWith('✓');
      const before = await countProfiles();
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      if (recognised) {
        added++;
        await waitFor(async () => expect(await countProfiles()).toBe(before + 1));
        await waitFor(() => expect(status()).toMatch(/^Added: /));
      } else {
        // Refused: a message is shown, never a blank or a raw key, and nothing is stored.
        await waitFor(() => expect(status().trim()).not.toBe(''));
        expect(status()).not.toMatch(/^(options|link)_/);
        expect(await countProfiles()).toBe(before);
      }
    }
    // Most of the sample is refused (and many real links repeat one already added); some are added.
    expect(added).toBeGreaterThanOrEqual(3);
    cleanup();
  }, 120_000);
});
