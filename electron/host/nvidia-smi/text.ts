/**
 * Line splitting and excerpts shared by the nvidia-smi parsers. Everything here is linear in the
 * input and bounded in its output, so the parsers built on it stay total functions.
 */

/**
 * The most input a parser reads. A 64-GPU table with processes is well under 100 KB; anything
 * longer is not nvidia-smi output we can use, and the cap keeps the work bounded.
 */
export const MAX_INPUT_CHARS = 1_000_000;

/** Longest line handed to a regular expression (box lines are ~90 chars; prose errors ~150). */
export const MAX_LINE_CHARS = 2_000;

/** Longest excerpt kept in an error or issue. */
export const MAX_EXCERPT_CHARS = 300;

/** The input cut into trimmed-right lines, plus whether it was cut short. */
export interface SplitText {
  lines: string[];
  truncated: boolean;
}

/**
 * Splits text into lines on LF, CRLF, CRCRLF and bare CR without a regex that could backtrack,
 * strips CSI/OSC escape sequences and NULs (a pty or a UTF-16 misdecode leaves them), and caps
 * the input and every line.
 */
export function splitLines(text: string): SplitText {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_INPUT_CHARS;
  const src = truncated ? input.slice(0, MAX_INPUT_CHARS) : input;
  const lines: string[] = [];
  let cur = '';
  let i = 0;
  while (i < src.length) {
    const ch = src.charCodeAt(i);
    if (ch === 0x0a || ch === 0x0d) {
      // CR runs followed by LF are one line end: `\r\n` and wsl.exe's `\r\r\n`.
      // A CR run not followed by LF is that many bare-CR line ends. The run is consumed in one
      // go either way, so a long run costs linear time, not a rescan per CR.
      let j = i;
      while (j < src.length && src.charCodeAt(j) === 0x0d) j++;
      const breaks = j < src.length && src.charCodeAt(j) === 0x0a ? 1 : Math.max(1, j - i);
      if (j < src.length && src.charCodeAt(j) === 0x0a) j++;
      lines.push(finishLine(cur));
      for (let k = 1; k < breaks; k++) lines.push('');
      cur = '';
      i = j;
      continue;
    }
    if (ch === 0x1b) {
      i = skipEscape(src, i);
      continue;
    }
    if (ch !== 0 && cur.length < MAX_LINE_CHARS) cur += src[i];
    i++;
  }
  if (cur.length > 0) lines.push(finishLine(cur));
  return { lines, truncated };
}

// trimEnd is linear; a `\s+$` regex is quadratic on long inner whitespace runs.
function finishLine(line: string): string {
  return line.trimEnd();
}

/** Returns the index after an ANSI escape starting at `i` (CSI `ESC [ … final`, OSC to BEL/ST, else 2 chars). */
function skipEscape(src: string, i: number): number {
  const next = src[i + 1];
  if (next === '[') {
    let j = i + 2;
    while (j < src.length && j - i < 64) {
      const c = src.charCodeAt(j);
      // A sequence never spans a line end; stopping there keeps CRLF and LF input equivalent.
      if (c === 0x0a || c === 0x0d) return j;
      j++;
      if (c >= 0x40 && c <= 0x7e) return j;
    }
    return j;
  }
  if (next === ']') {
    let j = i + 2;
    while (j < src.length && j - i < 512) {
      const c = src.charCodeAt(j);
      if (c === 0x0a || c === 0x0d) return j;
      if (c === 0x07) return j + 1;
      if (c === 0x1b && src[j + 1] === '\\') return j + 2;
      j++;
    }
    return j;
  }
  // A lone ESC (or ESC + one char) is dropped, but never together with a line end.
  const after = src.charCodeAt(i + 1);
  return after === 0x0a || after === 0x0d ? i + 1 : Math.min(src.length, i + 2);
}

/**
 * A short, redacted excerpt for the dashboard: user names in Windows profile paths, Unix home
 * paths and `user@host` prompts are replaced, and the text is capped.
 */
export function excerpt(text: string): string {
  const capped = text.length > MAX_EXCERPT_CHARS * 4 ? text.slice(0, MAX_EXCERPT_CHARS * 4) : text;
  const redacted = capped
    .replace(/([A-Za-z]:\\Users\\)[^\\\s>]+/gu, '$1…')
    .replace(/(\/home\/)[^/\s]+/gu, '$1…')
    .replace(/[\w.-]+@[\w.-]+(?=:)/gu, '…@…')
    .trim();
  return redacted.length > MAX_EXCERPT_CHARS ? `${redacted.slice(0, MAX_EXCERPT_CHARS - 1)}…` : redacted;
}

/** The first `max` non-blank lines joined, as an excerpt of output nobody recognised. */
export function headExcerpt(lines: readonly string[], max = 4): string {
  const picked: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    picked.push(line.trim());
    if (picked.length >= max) break;
  }
  return excerpt(picked.join('\n'));
}
