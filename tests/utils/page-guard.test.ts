import { describe, expect, it, vi } from 'vitest';
import { grant } from '../../utils/allowance';
import { buildMatchIndex } from '../../utils/match';
import { judge, unveil, veil, watchUrlEachFrame } from '../../utils/page-guard';
import { alexList } from '../support/lists';

const ALEX = 'https://www.instagram.com/alex/';
const LIST = alexList();
const index = buildMatchIndex(LIST);

describe('judge', () => {
  it.each([
    [ALEX, 'pause'],
    ['https://www.instagram.com/stories/alex/123/', 'pause'],
    ['https://www.instagram.com/alexandra/', 'pass'],
    ['https://www.instagram.com/explore/', 'pass'],
    ['chrome-extension://x/pause.html#https://www.instagram.com/alex/', 'pass'],
  ])('%s → %s', (url, verdict) => {
    expect(judge(url, index, [], 0)).toBe(verdict);
  });

  it('asks the background only while an allowance for exactly this URL runs', () => {
    const { allowances } = grant([], 9, ALEX, 0, 5);
    expect(judge(ALEX, index, allowances, 1)).toBe('ask');
    expect(judge('https://www.instagram.com/alex/tagged/', index, allowances, 1)).toBe('pause');
    expect(judge(ALEX, index, allowances, 5 * 60_000)).toBe('pause');
  });

  it('pauses nothing with an empty list', () => {
    expect(judge(ALEX, buildMatchIndex({ people: [] }), [], 0)).toBe('pass');
  });
});

describe('veil', () => {
  it('hides the whole document in a way page styles cannot undo, and restores it', () => {
    const root = document.documentElement;
    veil(root);
    expect(root.style.getPropertyValue('visibility')).toBe('hidden');
    expect(root.style.getPropertyPriority('visibility')).toBe('important');
    expect(root.style.getPropertyValue('opacity')).toBe('0');
    unveil(root);
    expect(root.getAttribute('style') ?? '').toBe('');
  });
});

describe('watchUrlEachFrame', () => {
  it('notices a pushState by the next frame, and each change once', async () => {
    const onChange = vi.fn();
    watchUrlEachFrame(onChange);
    history.pushState({}, '', '/alex/');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(onChange).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
