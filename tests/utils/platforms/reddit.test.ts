import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('reddit', 5, 5);

describeParsing(
  'reddit',
  [
    ['reddit.com/user/alex_r', 'alex_r'],
    ['https://old.reddit.com/u/Alex_R/comments/', 'alex_r'],
  ],
  [
    ['https://www.reddit.com/r/breakups/', 'group'],
    ['https://redd.it/abc123', 'short-link'],
    ['https://www.reddit.com/', 'home'],
  ],
);
