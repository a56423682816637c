// whynot reach: not built yet (see the issues).
import { EXIT, type Command } from '../io.js';

/** The `reach` command. */
export const reachCommand: Command = {
  name: 'reach',
  summary: 'not built yet',
  usage: 'whynot reach (not built yet)',
  run: (_argv, io) => {
    io.stderr('whynot reach: not built yet\n');
    return Promise.resolve(EXIT.usage);
  },
};
