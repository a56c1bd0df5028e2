import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('x', 15, 10);

describeParsing(
  'x',
  [
    ['x.com/alex_s', 'alex_s'],
    ['https://twitter.com/Alex_S/status/1789?s=20', 'alex_s'],
    ['mobile.twitter.com/alex_s/media', 'alex_s'],
    ['https://x.com/i/user/4242', 'id:4242'],
    ['https://twitter.com/intent/user?user_id=4242', 'id:4242'],
    ['https://twitter.com/intent/user?screen_name=alex_s', 'alex_s'],
  ],
  [
    ['https://x.com/home', 'reserved'],
    ['https://x.com/explore', 'reserved'],
    ['https://x.com/i/web/status/1789', 'post'],
    ['https://x.com/search?q=alex', 'reserved'],
    ['https://x.com/', 'home'],
    ['x.com/this_is_far_too_long', 'bad-handle'],
  ],
);
