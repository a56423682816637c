// whynot can: not built yet (see the issues).
import { EXIT, type Command } from '../io.js';

/** The `can` command. */
export const canCommand: Command = {
  name: 'can',
  summary: 'not built yet',
  usage: 'whynot can (not built yet)',
  run: (_argv, io) => {
    io.stderr('whynot can: not built yet\n');
    return Promise.resolve(EXIT.usage);
  },
};
