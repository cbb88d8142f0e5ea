/**
 * Byte-level checks used to tell UTF-8 lines from UTF-16LE lines in wsl.exe output.
 * Plain loops over a bounded window: linear time, no allocation.
 */

/** What one scan of a line candidate found. */
export interface LineScan {
  /** Index of the last byte of the candidate (the `\n` byte, or the window end). */
  end: number;
  /** The candidate is well-formed UTF-8. */
  validUtf8: boolean;
  /** The candidate contains C0 controls that never occur in tool text (NUL, VT, FF, …). */
  badControls: boolean;
  /** The candidate contains a space or a tab (ASCII text almost always does). */
  hasBlank: boolean;
  /** NUL bytes at odd / even offsets relative to the start of the candidate. */
  oddNul: number;
  evenNul: number;
}

/** Longest line candidate looked at in one step; longer lines are cut (at a character boundary). */
export const LINE_WINDOW = 16_384;

function isBadControl(b: number): boolean {
  // Allowed: TAB, LF, CR, ESC (VT sequences are stripped later).
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1b;
}

/** Number of continuation bytes a UTF-8 lead byte announces, or -1 when it cannot start a character. */
function utf8Trail(b: number): number {
  if (b < 0x80) return 0;
  if (b >= 0xc2 && b <= 0xdf) return 1;
  if (b >= 0xe0 && b <= 0xef) return 2;
  if (b >= 0xf0 && b <= 0xf4) return 3;
  return -1;
}

/**
 * Scans from `start` to the first `\n` byte (inclusive) or the window end, whichever comes
 * first. A cut at the window end is moved back so that it never splits a UTF-8 sequence.
 */
export function scanLine(bytes: Uint8Array, start: number): LineScan {
  const limit = Math.min(bytes.length, start + LINE_WINDOW);
  let end = limit - 1;
  let validUtf8 = true;
  let badControls = false;
  let hasBlank = false;
  let oddNul = 0;
  let evenNul = 0;
  let pending = 0;
  for (let i = start; i < limit; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      if ((i - start) % 2 === 1) oddNul++;
      else evenNul++;
    }
    if (isBadControl(b)) badControls = true;
    if (b === 0x20 || b === 0x09) hasBlank = true;
    if (pending > 0) {
      if ((b & 0xc0) === 0x80) pending--;
      else {
        validUtf8 = false;
        pending = 0;
      }
    } else {
      const t = utf8Trail(b);
      if (t < 0) validUtf8 = false;
      else pending = t;
    }
    if (b === 0x0a) {
      end = i;
      break;
    }
  }
  if (pending > 0 && end === limit - 1 && limit < bytes.length) {
    // Window cut inside a character: end before its lead byte instead.
    let back = end;
    while (back > start && ((bytes[back] as number) & 0xc0) === 0x80) back--;
    if (back > start) end = back - 1;
  } else if (pending > 0) {
    validUtf8 = false;
  }
  return { end, validUtf8, badControls, hasBlank, oddNul, evenNul };
}

/**
 * End (inclusive) of a UTF-16LE line starting at `start`: the first code unit `\n` (bytes
 * 0A 00 at an even offset from `start`), else the window end or the end of the buffer.
 */
export function utf16LineEnd(bytes: Uint8Array, start: number): number {
  const limit = Math.min(bytes.length, start + LINE_WINDOW);
  for (let i = start; i + 1 < limit; i += 2) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0) return i + 1;
  }
  return limit - 1;
}

/** True when the whole buffer is well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let pending = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (pending > 0) {
      if ((b & 0xc0) !== 0x80) return false;
      pending--;
      continue;
    }
    const t = utf8Trail(b);
    if (t < 0) return false;
    pending = t;
  }
  return pending === 0;
}

/** NUL bytes at odd and at even absolute offsets. */
export function countNuls(bytes: Uint8Array): { odd: number; even: number } {
  let odd = 0;
  let even = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 1) odd++;
      else even++;
    }
  }
  return { odd, even };
}
