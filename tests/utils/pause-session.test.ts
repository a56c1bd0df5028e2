import { beforeEach, describe, expect, it } from 'vitest';
import {
  isTurningBack,
  markTurnedBack,
  openPauseSession,
  SAME_PAUSE_MS,
  type SessionStores,
  TURNING_BACK_MS,
} from '../../utils/pause-session';

const A = 'https://www.instagram.com/alex';
const B = 'https://www.instagram.com/sam';

let counter = 0;
const newId = () => `pause-${++counter}`;
const stores = (): SessionStores => ({ history: window.history, storage: window.sessionStorage });
/** A new pause page document in the same tab: a fresh history entry, the same sessionStorage. */
const newDocument = () => window.history.replaceState(null, '');

beforeEach(() => {
  window.sessionStorage.clear();
  newDocument();
  counter = 0;
});

describe('openPauseSession', () => {
  it('a first pause is new and gets an id and a prompt', () => {
    const session = openPauseSession(stores(), A, 1000, 0.5, newId);
    expect(session).toMatchObject({ pauseId: 'pause-1', isNew: true });
    expect(session.prompt).toMatch(/^pause_prompt/);
  });

  it('a reload of the same page is the same pause, with the same prompt', () => {
    const first = openPauseSession(stores(), A, 1000, 0.5, newId);
    const reload = openPauseSession(stores(), A, 1000 + 60_000, 0.9, newId);
    expect(reload).toEqual({ ...first, isNew: false });
  });

  it('a second pause page for the same URL moments later (two layers acting) is the same pause', () => {
    const first = openPauseSession(stores(), A, 1000, 0.5, newId);
    newDocument();
    const second = openPauseSession(stores(), A, 1000 + SAME_PAUSE_MS - 1, 0.1, newId);
    expect(second).toEqual({ ...first, isNew: false });
  });

  it('a later pause for the same URL is a new pause, asking a different question', () => {
    const first = openPauseSession(stores(), A, 1000, 0.5, newId);
    newDocument();
    const later = openPauseSession(stores(), A, 1000 + SAME_PAUSE_MS, 0.5, newId);
    expect(later.isNew).toBe(true);
    expect(later.pauseId).not.toBe(first.pauseId);
    expect(later.prompt).not.toBe(first.prompt);
  });

  it('a pause for another URL right after is a new pause', () => {
    openPauseSession(stores(), A, 1000, 0.5, newId);
    newDocument();
    expect(openPauseSession(stores(), B, 1001, 0.5, newId).isNew).toBe(true);
  });

  it('survives garbage in session storage', () => {
    window.sessionStorage.setItem('breathing-room:last-pause', '{not json');
    expect(openPauseSession(stores(), A, 1000, 0.5, newId).isNew).toBe(true);
  });
});

describe('turning back', () => {
  it('recognises landing on the same paused URL soon after "Go back"', () => {
    markTurnedBack(window.sessionStorage, A, 1000);
    expect(isTurningBack(window.sessionStorage, A, 1000 + TURNING_BACK_MS - 1)).toBe(true);
  });

  it('forgets the mark for another URL, or once it is old', () => {
    markTurnedBack(window.sessionStorage, A, 1000);
    expect(isTurningBack(window.sessionStorage, B, 1001)).toBe(false);
    expect(isTurningBack(window.sessionStorage, A, 1002)).toBe(false);
    markTurnedBack(window.sessionStorage, A, 1000);
    expect(isTurningBack(window.sessionStorage, A, 1000 + TURNING_BACK_MS)).toBe(false);
  });

  it('is not turning back without a mark', () => {
    expect(isTurningBack(window.sessionStorage, A, 1000)).toBe(false);
  });
});
