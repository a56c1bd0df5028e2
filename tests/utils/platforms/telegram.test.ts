import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('telegram', 5, 5);

describeParsing(
  'telegram',
  [
    ['t.me/alexsmith', 'alexsmith'],
    ['https://t.me/s/AlexSmith', 'alexsmith'],
    ['https://alexsmith.t.me/', 'alexsmith'],
    ['https://web.telegram.org/k/#@alexsmith', 'alexsmith'],
  ],
  [
    ['https://t.me/joinchat/AAAA', 'reserved'],
    ['https://t.me/+AbCdEf', 'group'],
    ['https://t.me/', 'home'],
  ],
);
