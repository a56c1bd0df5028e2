import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('youtube', 15, 10);

describeParsing(
  'youtube',
  [
    ['youtube.com/@alexvids', '@alexvids'],
    ['https://m.youtube.com/@AlexVids/videos?si=x', '@alexvids'],
    ['https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv', 'channel/ucabcdefghijklmnopqrstuv'],
    ['https://www.youtube.com/c/AlexSmith', 'c/alexsmith'],
    ['https://www.youtube.com/user/AlexSmithYT/videos', 'user/alexsmithyt'],
  ],
  [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'video'],
    ['https://youtu.be/dQw4w9WgXcQ', 'video'],
    ['https://www.youtube.com/shorts/abc', 'video'],
    ['https://www.youtube.com/results?search_query=alex', 'reserved'],
    ['https://www.youtube.com/', 'home'],
    ['https://www.youtube.com/channel/notachannel', 'bad-handle'],
  ],
);
