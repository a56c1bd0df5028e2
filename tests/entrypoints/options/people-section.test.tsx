import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PeopleSection } from '../../../entrypoints/options/people-section';
import { addProfile } from '../../../utils/list-edits';
import type { PendingChange, PeopleList } from '../../../utils/model';
import {
  getList,
  getPendingChanges,
  saveList,
  updateSettings,
  watchList,
  watchPendingChanges,
} from '../../../utils/settings';

// Several suites share two cores; give storage and IndexedDB round trips room.
configure({ asyncUtilTimeout: 5000 });

const HOUR = 3_600_000;

/** The section as App mounts it: the stored list and scheduled changes, followed live. */
function Harness() {
  const [list, setList] = useState<PeopleList>({ people: [] });
  const [pending, setPending] = useState<PendingChange[]>([]);
  useEffect(() => {
    void getList().then(setList);
    void getPendingChanges().then(setPending);
    const stops = [watchList(setList), watchPendingChanges(setPending)];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  return <PeopleSection list={list} pending={pending} />;
}

function grantPermissions(granted: boolean) {
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  const request = vi.fn(async () => granted);
  permissions.request = request;
  permissions.contains = vi.fn(async () => granted);
  return request;
}

async function seedAlex(): Promise<{ personId: string; profileId: string }> {
  const result = addProfile(
    { people: [] },
    { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
    [],
  );
  await saveList(result.list);
  return { personId: result.personId as string, profileId: result.profileId as string };
}

const linkField = () => screen.getByLabelText('Profile link');
const addButton = () => screen.getByRole('button', { name: 'Add' });
const profileCount = async () => (await getList()).people.flatMap((p) => p.profiles).length;

describe('People and profiles', () => {
  it('recognises a pasted link live and adds it in one click, named from the handle', async () => {
    render(<Harness />);
    fireEvent.input(linkField(), { target: { value: 'https://www.instagram.com/alex/' } });
    expect(screen.getByText('Instagram · @alex ✓')).toBeTruthy();
    fireEvent.click(addButton());
    await waitFor(async () => expect((await getList()).people[0]?.label).toBe('Alex'));
    await screen.findByRole('heading', { name: 'Alex' });
    await screen.findByText(/Added: Instagram · @alex/);
    expect((linkField() as HTMLInputElement).value).toBe('');
  });

  it('uses the name typed for the person', async () => {
    render(<Harness />);
    fireEvent.input(linkField(), { target: { value: 'https://x.com/alex_x' } });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'A.' } });
    fireEvent.click(addButton());
    await screen.findByRole('heading', { name: 'A.' });
  });

  it('refuses the same profile twice with a clear message', async () => {
    await seedAlex();
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Alex' });
    fireEvent.input(linkField(), { target: { value: 'instagram.com/ALEX?igsh=abc' } });
    expect(screen.getByText('This profile is already on your list, under Alex.')).toBeTruthy();
    fireEvent.click(addButton());
    expect(await profileCount()).toBe(1);
  });

  it('explains a link that is not a profile, and adds nothing', async () => {
    render(<Harness />);
    fireEvent.input(linkField(), { target: { value: 'https://www.instagram.com/p/Cx1abc/' } });
    const status = document.getElementById('add-link-status');
    expect(status?.textContent?.length).toBeGreaterThan(10);
    expect(linkField().getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(addButton());
    expect(await profileCount()).toBe(0);
  });

  it('groups a new profile under an existing person', async () => {
    const { personId } = await seedAlex();
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Alex' });
    fireEvent.input(linkField(), { target: { value: 'https://www.tiktok.com/@alex.tt' } });
    fireEvent.change(screen.getByLabelText('Add to'), { target: { value: personId } });
    fireEvent.click(addButton());
    await waitFor(async () => expect((await getList()).people[0]?.profiles).toHaveLength(2));
    expect((await getList()).people).toHaveLength(1);
  });

  it('an unknown site becomes a site-and-path rule after confirming, asking for access in the click', async () => {
    const request = grantPermissions(true);
    render(<Harness />);
    fireEvent.input(linkField(), { target: { value: 'https://blog.example/people/alex' } });
    fireEvent.click(addButton());
    expect(await profileCount()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Pause this site and path instead' }));
    fireEvent.click(addButton());
    // The request started synchronously inside the click handler (the user gesture).
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.blog.example/*'] });
    await waitFor(async () => expect((await getList()).people[0]?.profiles[0]?.platform).toBe('site'));
  });

  it('adds nothing when the site access is declined, and says why', async () => {
    grantPermissions(false);
    render(<Harness />);
    fireEvent.input(linkField(), { target: { value: 'https://blog.example/people/alex' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause this site and path instead' }));
    fireEvent.click(addButton());
    await screen.findByText(/Without access to that site/);
    expect(await profileCount()).toBe(0);
  });

  it('pauses a profile at once without a cooling-off', async () => {
    await seedAlex();
    render(<Harness />);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop pausing Instagram · @alex' }));
    await screen.findByText('Not pausing for now');
    expect((await getList()).people[0]?.profiles[0]?.paused).toBe(true);
  });

  it('with a cooling-off, pausing is scheduled with its time and can be cancelled', async () => {
    await seedAlex();
    await updateSettings({ coolingOffMs: HOUR });
    render(<Harness />);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop pausing Instagram · @alex' }));
    await screen.findByText(/Stops pausing on/);
    expect((await getList()).people[0]?.profiles[0]?.paused).toBe(false);
    expect(await getPendingChanges()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Keep as it is' }));
    await waitFor(async () => expect(await getPendingChanges()).toEqual([]));
  });

  it('removing asks once, then removes', async () => {
    await seedAlex();
    render(<Harness />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Instagram · @alex' }));
    expect(await profileCount()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await screen.findByText(/No one on your list yet/);
    expect((await getList()).people).toEqual([]);
  });

  it('moves a profile to another person', async () => {
    const { personId } = await seedAlex();
    const sam = addProfile(
      await getList(),
      { platform: 'x', key: 'sam', handle: '@sam', url: 'https://x.com/sam' },
      [],
    );
    await saveList(sam.list);
    render(<Harness />);
    const samCard = (await screen.findByRole('heading', { name: 'Sam' })).closest('article') as HTMLElement;
    fireEvent.change(within(samCard).getByLabelText('Move X (Twitter) · @sam to'), {
      target: { value: personId },
    });
    fireEvent.click(within(samCard).getByRole('button', { name: 'Move' }));
    await waitFor(async () => expect((await getList()).people).toHaveLength(1));
    expect((await getList()).people[0]?.profiles.map((p) => p.handle)).toEqual(['@alex', '@sam']);
  });

  it('renames a person', async () => {
    await seedAlex();
    render(<Harness />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Alex' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Alexandra' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Alexandra' });
  });

  it('adds a searched name, asking for the search engines in the click', async () => {
    const request = grantPermissions(true);
    await seedAlex();
    render(<Harness />);
    fireEvent.input(await screen.findByLabelText('Name to pause in searches'), {
      target: { value: 'Alex Smith' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add name' }));
    expect(request).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await getList()).people[0]?.names).toEqual(['Alex Smith']));
  });

  it('adds no searched name when the search engines are declined, and says why', async () => {
    grantPermissions(false);
    await seedAlex();
    render(<Harness />);
    fireEvent.input(await screen.findByLabelText('Name to pause in searches'), {
      target: { value: 'Alex Smith' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add name' }));
    await screen.findByText(/Without access to the search engines/);
    expect((await getList()).people[0]?.names).toEqual([]);
  });

  it('shows a label with HTML or script as text', async () => {
    const label = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const result = addProfile(
      { people: [] },
      { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
      [],
      { label },
    );
    await saveList(result.list);
    render(<Harness />);
    const heading = await screen.findByRole('heading', { name: label });
    expect(heading.textContent).toBe(label);
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
