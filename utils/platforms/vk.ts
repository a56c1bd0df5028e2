/** VK: `/idN`, `/SCREENNAME`, and wall posts `/wallN_M` or `?w=wallN_M`. Numeric ids are keyed `idN`. */
import { param } from '../url-parts';
import { ANY_HOST, asIs, bare, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

const WALL = /^wall(\d+)_/;

export const vkMatch: PlatformMatcher = {
  id: 'vk',
  domains: ['vk.com', 'vk.ru'],
  key: ([s0 = ''], p) => {
    const wall = WALL.exec(s0) ?? WALL.exec(param(p.query, 'w') ?? '');
    return wall ? [s0, `id${wall[1]}`] : s0;
  },
};

const NAME = /^[a-z0-9_.]{3,32}$/i;
const GROUPS = /^(?:club|public|event)\d+$/i;
const RESERVED = [
  'feed',
  'im',
  'friends',
  'groups',
  'photos',
  'video',
  'audio',
  'audios',
  'search',
  'settings',
  'apps',
  'market',
  'login',
  'away.php',
  'album',
  'tag',
  'docs',
  'music',
  'clips',
  'games',
  'services',
  'support',
  'wall',
];

const ids = (key: string): string[] => (/^id\d+$/.test(key) ? [key.slice(2)] : []);

function profile(name: string | undefined): Parsed {
  if (!name) return fail('no-profile');
  if (!NAME.test(name)) return fail('bad-handle', name);
  const key = name.toLowerCase();
  return ok(key, /^id\d+$/.test(key) ? key : `@${key}`, `https://vk.com/${key}`);
}

export const vk: Adapter = {
  match: vkMatch,
  parse({ segs: [s0], query }) {
    const wall = WALL.exec(s0 ?? '') ?? WALL.exec(param(query, 'w') ?? '');
    if (wall) return profile(`id${wall[1]}`);
    if (!s0) return fail('home');
    if (GROUPS.test(s0)) return fail('group');
    return isOneOf(s0, RESERVED) || s0.includes('.php') ? fail('reserved') : profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const vkForms: RuleForm[] = [
  { head: ANY_HOST, spell: asIs },
  { head: '[^/]+/wall', tail: '_.*$', spell: ids },
  {
    head: '[^/]+/[^?#]*\\?(?:[^#]*&)?w=wall',
    tail: '_.*$',
    spell: ids,
  },
];
