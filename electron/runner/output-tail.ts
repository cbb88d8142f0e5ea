import stripAnsi from 'strip-ansi';

/** Characters of cleaned output a summary keeps. */
export const TAIL_CHARS = 4096;

/**
 * The last few KiB of a run's output, for summaries. Chunks are only appended (cheap, per ≈1 KB
 * pty chunk); the raw text is compacted now and then and ANSI is stripped only when read.
 * Extra raw characters are kept so that escape sequences do not eat into the cleaned tail.
 */
export class OutputTail {
  private parts: string[] = [];
  private length = 0;
  private readonly rawKeep: number;

  constructor(private readonly maxChars: number = TAIL_CHARS) {
    this.rawKeep = maxChars * 4;
  }

  /** Adds output. */
  push(data: string): void {
    if (data.length === 0) return;
    this.parts.push(data);
    this.length += data.length;
    // Compacting only past twice the limit keeps the cost amortized O(1) per character.
    if (this.length > this.rawKeep * 2) this.compact();
  }

  /** The cleaned tail: ANSI removed, carriage returns normalized, at most `maxChars` long. */
  text(): string {
    this.compact();
    const raw = this.parts[0] ?? '';
    const clean = stripAnsi(raw).replace(/\r+\n/g, '\n').replace(/\r/g, '\n');
    return clean.length > this.maxChars ? clean.slice(clean.length - this.maxChars) : clean;
  }

  private compact(): void {
    const joined = this.parts.join('');
    const kept = joined.length > this.rawKeep ? joined.slice(joined.length - this.rawKeep) : joined;
    this.parts = kept.length > 0 ? [kept] : [];
    this.length = kept.length;
  }
}
