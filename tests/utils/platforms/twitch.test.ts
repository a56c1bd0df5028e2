import { describeParsing, describeUrlTable } from './suite';

describeUrlTable('twitch', 5, 5);

describeParsing(
  'twitch',
  [
    ['twitch.tv/alexplays', 'alexplays'],
    ['https://www.twitch.tv/AlexPlays/videos', 'alexplays'],
  ],
  [
    ['https://www.twitch.tv/directory', 'reserved'],
    ['https://clips.twitch.tv/FunnyClip', 'video'],
    ['https://www.twitch.tv/', 'home'],
  ],
);
