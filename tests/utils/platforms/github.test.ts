import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('github', 5, 5);

describeParsing(
  'github',
  [
    ['github.com/alex-dev', 'alex-dev'],
    ['https://github.com/Alex-Dev/some-repo', 'alex-dev'],
    ['https://alex-dev.github.io/', 'alex-dev'],
    ['https://gist.github.com/alex-dev', 'alex-dev'],
  ],
  [
    ['https://github.com/settings/profile', 'reserved'],
    ['https://github.com/', 'home'],
    ['https://github.com/-alex', 'bad-handle'],
  ],
);
