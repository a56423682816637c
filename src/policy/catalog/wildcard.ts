// IAM wildcard matching (`*` any run, `?` one character), compiled once per pattern.

const compiled = new Map<string, RegExp>();

/** A case-insensitive regular expression for an IAM wildcard pattern. */
export function wildcardRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'is');
    compiled.set(pattern, re);
  }
  return re;
}

/** True when the text holds an IAM wildcard. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
