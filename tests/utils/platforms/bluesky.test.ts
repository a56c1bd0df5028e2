import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('bluesky', 5, 5);

describeParsing(
  'bluesky',
  [
    ['bsky.app/profile/alex.bsky.social', 'alex.bsky.social'],
    ['https://bsky.app/profile/Alex.bsky.social/post/3kabc', 'alex.bsky.social'],
    ['https://bsky.app/profile/did:plc:abc123xyz', 'did:plc:abc123xyz'],
  ],
  [
    ['https://bsky.app/search?q=alex', 'reserved'],
    ['https://bsky.app/', 'home'],
  ],
);
