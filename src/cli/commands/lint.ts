// whynot lint: not built yet (see the issues).
import { EXIT, type Command } from '../io.js';

/** The `lint` command. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'not built yet',
  usage: 'whynot lint (not built yet)',
  run: (_argv, io) => {
    io.stderr('whynot lint: not built yet\n');
    return Promise.resolve(EXIT.usage);
  },
};
