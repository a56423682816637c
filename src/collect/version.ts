// The collector's version for whynot-collect.json, read from package.json.
import { readFileSync } from 'node:fs';

/** `whynot <version>` from the package.json two folders up (src/collect and dist/collect alike), else `whynot unknown`. */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return `whynot ${typeof pkg.version === 'string' ? pkg.version : 'unknown'}`;
  } catch {
    return 'whynot unknown';
  }
}
