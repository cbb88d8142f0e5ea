/**
 * Text clean-up shared by every parser: line ends, NULs, BOMs and terminal escape sequences.
 */
import { stripVTControlCharacters } from 'node:util';

/** Longest text handed to the escape-sequence stripper (its regex is linear, the cap bounds it). */
export const MAX_TEXT_CHARS = 4 * 1024 * 1024;

/** `ESC ] … BEL`, `ESC ] … ESC \\` and the C1 form `\u009d … BEL`; linear (negated classes only). */
const OSC_RE = /(?:\u001b\]|\u009d)[^\u0007\u001b\u009c\r\n]*(?:\u0007|\u001b\\|\u009c)?/g;

/** Control characters that never belong in tool text (TAB and LF stay), plus stray BOMs. */
const LONE_CONTROLS = /[\u0000\u0007\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f\ufeff]/g;

/**
 * Folds `\r\r\n`, `\r\n` and lone `\r` to `\n`, drops NUL, BOM and other stray control
 * characters, and strips ANSI/VT escape sequences (CSI, OSC, single-character ESC forms).
 */
export function normalizeText(input: string): string {
  const capped = input.length > MAX_TEXT_CHARS ? input.slice(0, MAX_TEXT_CHARS) : input;
  // NULs first: in interleaved text they sit inside escape sequences and line ends.
  const noNul = capped.replace(/\u0000/g, '');
  // OSC strings (window titles) may hold any text, which the stripper's pattern does not cover;
  // an unterminated one ends at the line end so that no following line is lost.
  const noOsc = noNul.replace(OSC_RE, '');
  const noVt = stripVTControlCharacters(noOsc).replace(/[\u001b\u009b\u009d]/g, '');
  return noVt.replace(/\r*\n|\r+/g, '\n').replace(LONE_CONTROLS, '');
}
