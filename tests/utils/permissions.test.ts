import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasSocialAccess, originsFor, requestOrigins } from '../../utils/permissions';

const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;

describe('originsFor', () => {
  it.each([
    ['https://www.instagram.com/alex/', []],
    ['https://m.facebook.com/alex', []],
    ['https://alex.tumblr.com/', []],
    ['https://mastodon.social/@alex', ['*://*.mastodon.social/*']],
    ['https://www.blog.example/people/alex', ['*://*.blog.example/*']],
    ['javascript:alert(1)', []],
    ['not a url', []],
  ])('%s → %j', (url, origins) => {
    expect(originsFor({ url })).toEqual(origins);
  });
});

describe('requestOrigins', () => {
  it('asks nothing when nothing is needed', async () => {
    const request = vi.fn(async () => false);
    permissions.request = request;
    expect(await requestOrigins([])).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it('answers what the browser answers', async () => {
    permissions.request = vi.fn(async () => true);
    expect(await requestOrigins(['*://*.blog.example/*'])).toBe(true);
    permissions.request = vi.fn(async () => false);
    expect(await requestOrigins(['*://*.blog.example/*'])).toBe(false);
  });

  it('treats a browser that throws (no user gesture) as a no', async () => {
    permissions.request = vi.fn(async () => {
      throw new Error('must be called during a user gesture');
    });
    expect(await requestOrigins(['*://*.blog.example/*'])).toBe(false);
  });
});

describe('hasSocialAccess', () => {
  it('asks the browser about every built-in social site at once', async () => {
    const contains = vi.fn(async () => false);
    permissions.contains = contains;
    expect(await hasSocialAccess()).toBe(false);
    expect(contains).toHaveBeenCalledWith({ origins: expect.arrayContaining(['*://*.instagram.com/*']) });
  });
});
