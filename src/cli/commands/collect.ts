// whynot collect: not built yet (see the issues).
import { EXIT, type Command } from '../io.js';

/** The `collect` command. */
export const collectCommand: Command = {
  name: 'collect',
  summary: 'not built yet',
  usage: 'whynot collect (not built yet)',
  run: (_argv, io) => {
    io.stderr('whynot collect: not built yet\n');
    return Promise.resolve(EXIT.usage);
  },
};
