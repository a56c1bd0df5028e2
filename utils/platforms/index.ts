/** The platform registry: every adapter, looked up by id or by the domain a link is on. */
import { platformOfDomain } from '../match';
import type { PlatformId } from '../model';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { github } from './github';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { medium } from './medium';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { snapchat } from './snapchat';
import { spotify } from './spotify';
import { substack } from './substack';
import { telegram } from './telegram';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { tumblr } from './tumblr';
import { twitch } from './twitch';
import type { Adapter } from './types';
import { vk } from './vk';
import { x } from './x';
import { youtube } from './youtube';

/** Every platform with an adapter, in the order the product lists them. */
export const ADAPTERS: Record<Exclude<PlatformId, 'site'>, Adapter> = {
  instagram,
  facebook,
  x,
  tiktok,
  threads,
  snapchat,
  linkedin,
  bluesky,
  youtube,
  reddit,
  pinterest,
  tumblr,
  twitch,
  mastodon,
  telegram,
  github,
  substack,
  medium,
  spotify,
  vk,
};

/** The adapter for a link's registrable domain, if the platform is one we know. */
export function adapterForDomain(domain: string): Adapter | undefined {
  const id = platformOfDomain(domain)?.id;
  if (id && id !== 'site') return ADAPTERS[id];
  return Object.values(ADAPTERS).find((adapter) => adapter.linkDomains?.includes(domain));
}
