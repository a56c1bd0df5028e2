import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('tiktok', 15, 10);

describeParsing(
  'tiktok',
  [
    ['tiktok.com/@alex.tok', 'alex.tok'],
    ['https://www.tiktok.com/@Alex.Tok/video/7234567890?is_from_webapp=1', 'alex.tok'],
    ['m.tiktok.com/@alex.tok/', 'alex.tok'],
  ],
  [
    ['https://vm.tiktok.com/ZMabc123/', 'short-link'],
    ['https://www.tiktok.com/t/ZTabc/', 'short-link'],
    ['https://www.tiktok.com/explore', 'reserved'],
    ['https://www.tiktok.com/', 'home'],
    ['https://www.tiktok.com/@a', 'bad-handle'],
  ],
);
