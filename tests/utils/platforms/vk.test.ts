import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('vk', 5, 5);

describeParsing(
  'vk',
  [
    ['vk.com/alexsmith', 'alexsmith'],
    ['https://vk.com/id777', 'id777'],
    ['https://vk.com/wall777_12', 'id777'],
    ['https://vk.com/feed?w=wall777_5', 'id777'],
  ],
  [
    ['https://vk.com/club123', 'group'],
    ['https://vk.com/feed', 'reserved'],
    ['https://vk.com/', 'home'],
  ],
);
