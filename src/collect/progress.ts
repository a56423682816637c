// Progress on stderr: a redrawn bar when it is a terminal, else one plain line per finished account/region (no CI flood).

/** Live counters the progress display shows. */
export interface ProgressCounters {
  calls: number;
  files: number;
  errors: number;
}

/** Where and how progress is shown. */
export interface ProgressOutput {
  write: (text: string) => void;
  tty: boolean;
}

const WIDTH = 24;

/** Tracks units of work (one service in one account and region) grouped by account and region. */
export class Progress {
  private total = 0;
  private completed = 0;
  private readonly left = new Map<string, number>();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: ProgressOutput | undefined,
    private readonly counters: () => ProgressCounters,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Announces `units` more units under a group label such as `111122223333 eu-west-1`. */
  add(group: string, units: number): void {
    if (units <= 0) return;
    this.total += units;
    this.left.set(group, (this.left.get(group) ?? 0) + units);
    this.draw(group, true);
  }

  /** Marks one unit of a group finished; prints the group's line when it was the last (plain mode). */
  done(group: string): void {
    this.completed++;
    const left = (this.left.get(group) ?? 1) - 1;
    this.left.set(group, left);
    if (!this.out) return;
    if (this.out.tty) this.draw(group, left === 0);
    else if (left === 0) this.out.write(`collect: ${group} done (${this.status()})\n`);
  }

  /** A message line, e.g. a skipped account; keeps the bar below it. */
  note(text: string): void {
    if (!this.out) return;
    this.clear();
    this.out.write(`collect: ${text}\n`);
    this.draw('', true);
  }

  /** Removes the bar before the summary is printed. */
  finish(): void {
    this.clear();
  }

  private status(): string {
    const c = this.counters();
    return `${this.completed}/${this.total} units, ${c.calls} calls, ${c.files} files, ${c.errors} errors`;
  }

  private draw(label: string, force: boolean): void {
    if (!this.out?.tty) return;
    const now = this.clock();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const ratio = this.total === 0 ? 0 : this.completed / this.total;
    const filled = Math.round(ratio * WIDTH);
    const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
    this.out.write(`\r\x1b[2K[${bar}] ${Math.floor(ratio * 100)}% ${this.status()}${label ? `  ${label}` : ''}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.out?.tty && this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
  }
}
