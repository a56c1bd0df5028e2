import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('substack', 5, 5);

describeParsing(
  'substack',
  [
    ['alexwrites.substack.com', 'alexwrites'],
    ['https://substack.com/@alexwrites', 'alexwrites'],
    ['https://open.substack.com/pub/alexwrites/p/my-post', 'alexwrites'],
  ],
  [['https://substack.com/', 'home']],
);
