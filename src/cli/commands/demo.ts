// whynot demo: not built yet (see the issues).
import { EXIT, type Command } from '../io.js';

/** The `demo` command. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'not built yet',
  usage: 'whynot demo (not built yet)',
  run: (_argv, io) => {
    io.stderr('whynot demo: not built yet\n');
    return Promise.resolve(EXIT.usage);
  },
};
