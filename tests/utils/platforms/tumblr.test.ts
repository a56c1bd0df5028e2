import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('tumblr', 5, 5);

describeParsing(
  'tumblr',
  [
    ['alexblog.tumblr.com', 'alexblog'],
    ['https://www.tumblr.com/alexblog/123/title', 'alexblog'],
    ['https://www.tumblr.com/blog/view/alexblog', 'alexblog'],
  ],
  [
    ['https://www.tumblr.com/dashboard', 'reserved'],
    ['https://www.tumblr.com/', 'home'],
  ],
);
