import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('medium', 5, 5);

describeParsing(
  'medium',
  [
    ['medium.com/@alexm', 'alexm'],
    ['https://alexm.medium.com/story-1a2b', 'alexm'],
  ],
  [
    ['https://medium.com/some-publication/a-story-123', 'no-profile'],
    ['https://medium.com/', 'home'],
  ],
);
