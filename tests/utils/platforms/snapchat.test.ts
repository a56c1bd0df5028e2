import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('snapchat', 5, 5);

describeParsing(
  'snapchat',
  [
    ['snapchat.com/add/alexsnap', 'alexsnap'],
    ['https://www.snapchat.com/@AlexSnap', 'alexsnap'],
  ],
  [
    ['https://www.snapchat.com/spotlight/abc', 'post'],
    ['https://www.snapchat.com/', 'home'],
  ],
);
