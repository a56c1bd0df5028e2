import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('threads', 15, 10);

describeParsing(
  'threads',
  [
    ['threads.net/@alex', 'alex'],
    ['https://www.threads.com/@Alex/post/C9abc?xmt=1', 'alex'],
  ],
  [
    ['https://www.threads.net/t/C9abc', 'post'],
    ['https://www.threads.net/search', 'reserved'],
    ['https://www.threads.net/', 'home'],
    ['https://www.threads.net/@alex-smith', 'bad-handle'],
  ],
);
