import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('instagram', 15, 10);

describeParsing(
  'instagram',
  [
    ['instagram.com/alex', 'alex'],
    ['https://www.instagram.com/Alex/?igsh=MXZ4bnV6', 'alex'],
    ['m.instagram.com/alex.smith_', 'alex.smith_'],
    ['https://www.instagram.com/stories/alex/3141592653/', 'alex'],
    ['https://www.instagram.com/alex/p/C1a2b3/?utm_source=ig_web_copy_link', 'alex'],
    ['instagr.am/alex', 'alex'],
    ['//instagram.com/alex/', 'alex'],
  ],
  [
    ['https://www.instagram.com/p/C1a2b3/', 'post'],
    ['instagram.com/reel/C1a2b3', 'post'],
    ['https://www.instagram.com/explore/', 'reserved'],
    ['https://www.instagram.com/accounts/edit/', 'reserved'],
    ['https://www.instagram.com/', 'home'],
    ['https://www.instagram.com/stories/highlights/123/', 'no-profile'],
    ['instagram.com/alex-smith', 'bad-handle'],
    [`instagram.com/${'a'.repeat(31)}`, 'bad-handle'],
  ],
);
