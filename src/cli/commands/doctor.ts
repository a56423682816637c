// whynot doctor: not built yet (see the issues).
import { EXIT, type Command } from '../io.js';

/** The `doctor` command. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'not built yet',
  usage: 'whynot doctor (not built yet)',
  run: (_argv, io) => {
    io.stderr('whynot doctor: not built yet\n');
    return Promise.resolve(EXIT.usage);
  },
};
