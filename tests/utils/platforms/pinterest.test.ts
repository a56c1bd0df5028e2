import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('pinterest', 5, 5);

describeParsing(
  'pinterest',
  [
    ['pinterest.com/alexpins', 'alexpins'],
    ['https://de.pinterest.com/AlexPins/_saved/', 'alexpins'],
    ['https://www.pinterest.co.uk/alexpins/', 'alexpins'],
  ],
  [
    ['https://www.pinterest.com/pin/123456/', 'post'],
    ['https://pin.it/abc', 'short-link'],
    ['https://www.pinterest.com/ideas/', 'reserved'],
  ],
);
