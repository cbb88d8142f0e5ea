// Streaming check that a benchmark flood arrived whole and in order. One implementation for both
// sides: the Node benches load it with vm, the Chromium bench injects it into the page (it must
// stay a plain script: no imports, no exports). The flood is `line 000000000 ` + 44 `x` + LF per
// line (60 bytes), cut at an exact byte count; through a pty every LF arrives as CRLF.
(() => {
  const LINE_BYTES = 60;
  const TAIL = ` ${'x'.repeat(44)}\r\n`;
  const lineText = (n) => `line ${String(n).padStart(9, '0')}${TAIL}`;

  class FloodVerifier {
    /** @param {number} bytes the flood's size as the program printed it */
    constructor(bytes) {
      this.bytes = bytes;
      this.expectedChars = bytes + Math.floor(bytes / LINE_BYTES);
      this.chars = 0;
      this.line = 0;
      this.offset = 0;
      this.current = lineText(0);
      this.firstError = null;
    }

    /** Feeds the next piece of received text, in arrival order. */
    push(data) {
      const start = this.chars;
      this.chars += data.length;
      if (this.firstError !== null) return;
      let i = 0;
      while (i < data.length) {
        const take = Math.min(this.current.length - this.offset, data.length - i);
        if (data.slice(i, i + take) !== this.current.slice(this.offset, this.offset + take)) {
          this.firstError = `char ${start + i} (line ${this.line}): got ${JSON.stringify(data.slice(i, i + Math.min(take, 40)))}`;
          return;
        }
        i += take;
        this.offset += take;
        if (this.offset === this.current.length) {
          this.line += 1;
          this.offset = 0;
          this.current = lineText(this.line);
        }
      }
    }

    /** True once the expected count has arrived (the clock of a throughput run stops here). */
    complete() {
      return this.chars >= this.expectedChars;
    }

    /** The verdict: in order only when nothing differed and exactly the expected count arrived. */
    result() {
      let error = this.firstError;
      if (error === null && this.chars !== this.expectedChars) {
        error = `${this.chars} chars arrived, ${this.expectedChars} expected`;
      }
      return { inOrder: error === null, chars: this.chars, expectedChars: this.expectedChars, error };
    }
  }

  globalThis.FloodVerifier = FloodVerifier;
})();
