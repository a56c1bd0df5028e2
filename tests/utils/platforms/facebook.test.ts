import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('facebook', 15, 10);

describeParsing(
  'facebook',
  [
    ['facebook.com/alex.smith', 'alexsmith'],
    ['https://m.facebook.com/Alex.Smith?ref=bookmarks', 'alexsmith'],
    ['https://www.facebook.com/profile.php?id=100004123&sk=photos', '100004123'],
    ['https://www.facebook.com/people/Alex-Smith/100077/', '100077'],
    ['https://www.facebook.com/p/Alex-Smith-100077/', '100077'],
    ['https://www.facebook.com/100004123', '100004123'],
    ['https://www.facebook.com/story.php?story_fbid=5&id=100004123', '100004123'],
    ['fb.com/alex.smith/posts/pfbid0abc', 'alexsmith'],
  ],
  [
    ['https://www.facebook.com/groups/123456/', 'group'],
    ['https://www.facebook.com/photo.php?fbid=1', 'post'],
    ['https://www.facebook.com/watch/?v=1', 'video'],
    ['https://www.facebook.com/marketplace/', 'group'],
    ['https://www.facebook.com/messages/t/1', 'reserved'],
    ['https://www.facebook.com/home.php', 'reserved'],
    ['https://www.facebook.com/profile.php', 'no-profile'],
    ['https://www.facebook.com/', 'home'],
    ['facebook.com/al', 'bad-handle'],
  ],
);
