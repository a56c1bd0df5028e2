import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('spotify', 5, 5);

describeParsing(
  'spotify',
  [
    ['open.spotify.com/user/alex123', 'alex123'],
    ['https://open.spotify.com/intl-de/user/Alex123?si=abc', 'alex123'],
  ],
  [
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', 'post'],
    ['https://open.spotify.com/', 'home'],
  ],
);
