/**
 * Streaming verifier for the fake tool's flood pattern (`line 000000000 xxx…\n`, cut at an exact
 * byte count), as seen through a pty: every `\n` arrives as `\r\n`. Checks order and
 * completeness without holding the whole stream in memory.
 */
export class FloodChecker {
  private carry = '';
  private line = 0;
  private errors: string[] = [];

  /** Feeds the next piece of terminal text. */
  push(data: string): void {
    const text = this.carry + data;
    let start = 0;
    for (;;) {
      const end = text.indexOf('\r\n', start);
      if (end < 0) break;
      this.check(text.slice(start, end));
      start = end + 2;
    }
    this.carry = text.slice(start);
  }

  /** Lines verified so far. */
  get lines(): number {
    return this.line;
  }

  /**
   * Problems found (first few only). The trailing partial line must be a prefix of the next line
   * with its line end: output cut at exit can stop anywhere, between `\r` and `\n` too.
   */
  finish(): string[] {
    if (this.carry && !`${expected(this.line)}\r\n`.startsWith(this.carry)) this.fail(`bad trailing partial line ${JSON.stringify(this.carry.slice(0, 80))}`);
    return this.errors;
  }

  private check(got: string): void {
    const want = expected(this.line);
    if (got !== want) this.fail(`line ${this.line}: got ${JSON.stringify(got.slice(0, 80))}`);
    this.line++;
  }

  private fail(message: string): void {
    if (this.errors.length < 5) this.errors.push(message);
  }
}

function expected(n: number): string {
  return `line ${String(n).padStart(9, '0')} ${'x'.repeat(44)}`;
}

/** Characters a pty delivers for a flood of `bytes` bytes (each `\n` becomes `\r\n`). */
export function floodCharsThroughPty(bytes: number): number {
  const lineBytes = 60;
  return bytes + Math.floor(bytes / lineBytes);
}
