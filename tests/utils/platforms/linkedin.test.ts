import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('linkedin', 5, 5);

describeParsing(
  'linkedin',
  [
    ['linkedin.com/in/alex-smith-1a2b3c', 'alex-smith-1a2b3c'],
    ['https://de.linkedin.com/in/Alex-Smith-1a2b3c/?originalSubdomain=de', 'alex-smith-1a2b3c'],
    ['https://www.linkedin.com/posts/alex-smith-1a2b3c_hiring-activity-7123', 'alex-smith-1a2b3c'],
    ['https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez/', 'josé-núñez'],
  ],
  [
    ['https://www.linkedin.com/company/acme/', 'group'],
    ['https://www.linkedin.com/feed/', 'reserved'],
    ['https://www.linkedin.com/', 'home'],
  ],
);
