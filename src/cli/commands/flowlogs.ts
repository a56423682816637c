// whynot flowlogs: not built yet (see the issues).
import { EXIT, type Command } from '../io.js';

/** The `flowlogs` command. */
export const flowlogsCommand: Command = {
  name: 'flowlogs',
  summary: 'not built yet',
  usage: 'whynot flowlogs (not built yet)',
  run: (_argv, io) => {
    io.stderr('whynot flowlogs: not built yet\n');
    return Promise.resolve(EXIT.usage);
  },
};
