import { describe, expect, it } from 'vitest';
import {
  addName,
  addProfile,
  findProfile,
  labelFromHandle,
  moveProfile,
  removeName,
  removePerson,
  removeProfile,
  renamePerson,
  setPersonNote,
  setProfilePaused,
} from '../../utils/list-edits';
import type { PeopleList, ProfileRef } from '../../utils/model';

const EMPTY: PeopleList = { people: [] };
const alexIg: ProfileRef = {
  platform: 'instagram',
  key: 'alex',
  handle: '@alex',
  url: 'https://www.instagram.com/alex/',
};
const alexX: ProfileRef = { platform: 'x', key: 'alex_x', handle: '@alex_x', url: 'https://x.com/alex_x' };
const samFb: ProfileRef = {
  platform: 'facebook',
  key: 'samsmith',
  handle: 'sam.smith',
  url: 'https://www.facebook.com/sam.smith',
};

function listWithAlex() {
  const first = addProfile(EMPTY, alexIg, ['123456']);
  return { list: first.list, personId: first.personId as string, profileId: first.profileId as string };
}

describe('addProfile', () => {
  it('adds a new person named from the handle', () => {
    const { list, personId } = listWithAlex();
    expect(list.people).toHaveLength(1);
    expect(list.people[0]).toMatchObject({ id: personId, label: 'Alex', names: [], note: '' });
    expect(list.people[0]?.profiles[0]).toMatchObject({ ...alexIg, aliases: ['123456'], paused: false });
  });

  it('uses a given label, trimmed, instead of the handle', () => {
    const result = addProfile(EMPTY, alexIg, [], { label: '  Alex   Smith ' });
    expect(result.list.people[0]?.label).toBe('Alex Smith');
  });

  it('groups a profile under an existing person', () => {
    const { list, personId } = listWithAlex();
    const result = addProfile(list, alexX, [], { personId });
    expect(result.error).toBeUndefined();
    expect(result.list.people).toHaveLength(1);
    expect(result.list.people[0]?.profiles.map((p) => p.key)).toEqual(['alex', 'alex_x']);
  });

  it('refuses the same profile twice and names who has it', () => {
    const { list } = listWithAlex();
    const result = addProfile(list, { ...alexIg, url: 'https://instagram.com/alex' }, []);
    expect(result.error).toEqual({ key: 'options_errorDuplicate', substitutions: ['Alex'] });
    expect(result.list).toBe(list);
  });

  it('refuses a profile whose alias is already listed', () => {
    const { list } = listWithAlex();
    const byId = addProfile(list, { ...alexIg, key: '123456', handle: '123456' }, []);
    expect(byId.error?.key).toBe('options_errorDuplicate');
  });

  it('allows the same key on another platform', () => {
    const { list } = listWithAlex();
    const result = addProfile(list, { ...alexIg, platform: 'tiktok' }, []);
    expect(result.error).toBeUndefined();
    expect(result.list.people).toHaveLength(2);
  });

  it('refuses an unknown person', () => {
    const result = addProfile(EMPTY, alexIg, [], { personId: 'nobody' });
    expect(result.error?.key).toBe('options_errorNoPerson');
    expect(result.list).toBe(EMPTY);
  });

  it('does not mutate the list it was given', () => {
    const { list } = listWithAlex();
    const snapshot = JSON.stringify(list);
    addProfile(list, alexX, [], { personId: list.people[0]?.id as string });
    expect(JSON.stringify(list)).toBe(snapshot);
  });
});

describe('labelFromHandle', () => {
  it.each([
    ['@alex', 'Alex'],
    ['@alex@mastodon.social', 'Alex'],
    ['example.com/people/alex', 'Alex'],
    ['sam.smith', 'Sam.smith'],
    ['@', '@'],
  ])('%s → %s', (handle, label) => {
    expect(labelFromHandle(handle)).toBe(label);
  });
});

describe('moving, pausing, removing', () => {
  it('moves a profile to another person and drops the emptied one', () => {
    const { list, personId } = listWithAlex();
    const sam = addProfile(list, samFb, []);
    const moved = moveProfile(sam.list, sam.profileId as string, personId);
    expect(moved.list.people).toHaveLength(1);
    expect(moved.list.people[0]?.profiles.map((p) => p.platform)).toEqual(['instagram', 'facebook']);
  });

  it('moves a profile out to a person of its own', () => {
    const { list, personId } = listWithAlex();
    const both = addProfile(list, alexX, [], { personId });
    const moved = moveProfile(both.list, both.profileId as string, null);
    expect(moved.list.people.map((p) => p.label)).toEqual(['Alex', 'Alex_x']);
  });

  it('pauses and resumes a profile', () => {
    const { list, profileId } = listWithAlex();
    const paused = setProfilePaused(list, profileId, true).list;
    expect(findProfile(paused, profileId)?.profile.paused).toBe(true);
    expect(findProfile(setProfilePaused(paused, profileId, false).list, profileId)?.profile.paused).toBe(
      false,
    );
  });

  it('removes a profile, and the person with it when nothing is left', () => {
    const { list, profileId } = listWithAlex();
    expect(removeProfile(list, profileId).list.people).toEqual([]);
  });

  it('keeps a person who still has a searched name', () => {
    const { list, personId, profileId } = listWithAlex();
    const named = addName(list, personId, 'Alex Smith').list;
    expect(removeProfile(named, profileId).list.people[0]?.names).toEqual(['Alex Smith']);
  });

  it('removes a person entirely', () => {
    const { list, personId } = listWithAlex();
    expect(removePerson(list, personId).list.people).toEqual([]);
    expect(removePerson(list, 'nobody').error?.key).toBe('options_errorNoPerson');
  });

  it('reports an unknown profile', () => {
    expect(removeProfile(EMPTY, 'x').error?.key).toBe('options_errorNoProfile');
    expect(setProfilePaused(EMPTY, 'x', true).error?.key).toBe('options_errorNoProfile');
    expect(moveProfile(EMPTY, 'x', null).error?.key).toBe('options_errorNoProfile');
  });
});

describe('labels, notes and names', () => {
  it('renames, refusing an empty name', () => {
    const { list, personId } = listWithAlex();
    expect(renamePerson(list, personId, ' A.  ').list.people[0]?.label).toBe('A.');
    expect(renamePerson(list, personId, '   ').error?.key).toBe('options_errorEmptyLabel');
  });

  it('keeps HTML in a label as plain text', () => {
    const { list, personId } = listWithAlex();
    const label = '<img src=x onerror=alert(1)>';
    expect(renamePerson(list, personId, label).list.people[0]?.label).toBe(label);
  });

  it('sets a note', () => {
    const { list, personId } = listWithAlex();
    expect(setPersonNote(list, personId, ' met at uni ').list.people[0]?.note).toBe('met at uni');
  });

  it('adds names once across the whole list, case-insensitively', () => {
    const { list, personId } = listWithAlex();
    const named = addName(list, personId, 'Alex Smith').list;
    expect(addName(named, personId, 'alex smith').error).toEqual({
      key: 'options_errorDuplicateName',
      substitutions: ['alex smith', 'Alex'],
    });
    expect(addName(named, personId, ' ').error?.key).toBe('options_errorEmptyName');
  });

  it('removes a name', () => {
    const { list, personId } = listWithAlex();
    const named = addName(list, personId, 'Alex Smith').list;
    expect(removeName(named, personId, 'Alex Smith').list.people[0]?.names).toEqual([]);
    expect(removeName(named, personId, 'Nobody').error?.key).toBe('options_errorNoName');
  });
});
