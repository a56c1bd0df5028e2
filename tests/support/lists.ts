/** The list most unit tests start from: Alex, listed on Instagram. */
import type { PeopleList } from '../../utils/model';

export const ALEX_URL = 'https://www.instagram.com/alex/';

/** Alex with one Instagram profile, under the given ids, with names whose searches pause. */
export function alexList(
  ids: { person: string; profile: string } = { person: 'p-alex', profile: 'ig-alex' },
  names: string[] = [],
): PeopleList {
  return {
    people: [
      {
        id: ids.person,
        label: 'Alex',
        note: '',
        names,
        addedAt: 0,
        profiles: [
          {
            id: ids.profile,
            platform: 'instagram',
            key: 'alex',
            handle: '@alex',
            url: ALEX_URL,
            aliases: [],
            paused: false,
            addedAt: 0,
          },
        ],
      },
    ],
  };
}
