// Maps 0-based offsets of a text to 1-based lines and columns (UTF-16 code units), by binary search.
import type { Position } from '../../core/finding.js';
import type { Span } from '../model.js';

/** A line-start table of one text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The position of an offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1, offset };
  }

  /** The span between two offsets. */
  span(start: number, end: number): Span {
    return { start: this.position(start), end: this.position(end) };
  }
}
