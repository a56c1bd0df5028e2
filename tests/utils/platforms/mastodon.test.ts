import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('mastodon', 5, 5);

describeParsing(
  'mastodon',
  [
    ['https://mastodon.social/@alex', 'alex@mastodon.social'],
    ['mastodon.social/@Alex/111222333', 'alex@mastodon.social'],
    ['https://fosstodon.org/@alex@mastodon.social', 'alex@mastodon.social'],
    ['@alex@mastodon.social', 'alex@mastodon.social'],
  ],
  [
    ['@alex@localhost', 'no-profile'],
    ['@alex@not a host', 'invalid'],
  ],
);
