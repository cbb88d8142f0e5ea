/**
 * Turns the bytes a Windows tool printed into clean text. wsl.exe writes UTF-16LE without a BOM
 * on pipes, UTF-8 with `WSL_UTF8=1`, and a single stream can mix both (wsl.exe messages in
 * UTF-16LE, Linux program output in UTF-8), so the decision is made line by line.
 */
import { countNuls, isValidUtf8, scanLine, utf16LineEnd } from './utf8-scan.js';
import { normalizeText } from './normalize.js';
import type { OutputEncoding } from '../../runner/command.js';

type ToolEncoding = OutputEncoding;

/** Bytes beyond this are ignored: probes print a few KiB, and the cap keeps decoding bounded. */
export const MAX_DECODE_BYTES = 4 * 1024 * 1024;

type Kind = 'u8' | 'u16';

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

function primaryKind(bytes: Uint8Array, encoding: ToolEncoding): Kind {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'u16';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'u8';
  const nul = countNuls(bytes);
  // ASCII-range text in UTF-16LE has its NULs in the odd bytes; declared UTF-8 needs most of
  // them (an inbox wsl.exe that ignored WSL_UTF8=1), the other modes only a clear majority.
  const oddBytes = Math.floor(bytes.length / 2);
  const enough = encoding === 'utf-8' ? nul.odd * 2 > oddBytes : nul.odd >= 2;
  if (enough && nul.odd > 2 * nul.even) return 'u16';
  if (nul.odd + nul.even === 0) {
    if (encoding === 'utf-8' || isValidUtf8(bytes)) return 'u8';
    return encoding === 'utf-16le' ? 'u16' : 'u8';
  }
  return encoding === 'utf-16le' ? 'u16' : 'u8';
}

interface Segment {
  kind: Kind;
  start: number;
  end: number;
}

/** Splits the bytes into runs of one encoding; each run ends on a line end of its own encoding. */
function segment(bytes: Uint8Array, encoding: ToolEncoding): Segment[] {
  const segments: Segment[] = [];
  let ctx: Kind = primaryKind(bytes, encoding);
  let p = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) p = 2;
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) p = 3;
  const push = (kind: Kind, start: number, end: number): void => {
    const last = segments[segments.length - 1];
    if (last && last.kind === kind && last.end === start) last.end = end;
    else segments.push({ kind, start, end });
  };
  while (p < bytes.length) {
    const s = scanLine(bytes, p);
    const len = s.end - p + 1;
    const u8ok = s.validUtf8 && !s.badControls && s.oddNul + s.evenNul === 0;
    // A UTF-16LE line has at least its CR LF terminator's two NULs in odd bytes.
    const u16evidence = s.oddNul >= 2 && s.oddNul > s.evenNul;
    let kind: Kind;
    if (ctx === 'u8') {
      kind = u8ok || !u16evidence ? 'u8' : 'u16';
      if (kind === 'u8' && !u8ok && encoding === 'utf-16le' && s.oddNul + s.evenNul === 0 && !s.validUtf8) kind = 'u16';
    } else {
      // After UTF-16 text, a line is UTF-8 only with strong signs: valid, blank-separated words,
      // a few bytes long, and its `\n` is not the low byte of a UTF-16 line end. The rule cannot
      // be exact: a UTF-16 line with no Latin character before a 0x0A byte (e.g. 传乁上) can pass.
      const looksU16Newline = (s.end - p) % 2 === 0 && bytes[s.end + 1] === 0;
      kind = u8ok && len >= 4 && s.hasBlank && !looksU16Newline ? 'u8' : 'u16';
    }
    if (kind === 'u8') {
      push('u8', p, s.end + 1);
      p = s.end + 1;
    } else {
      const end = utf16LineEnd(bytes, p);
      push('u16', p, end + 1);
      p = end + 1;
    }
    ctx = kind;
  }
  return segments;
}

function decodeSegment(bytes: Uint8Array, seg: Segment): string {
  if (seg.kind === 'u8') return utf8.decode(bytes.subarray(seg.start, seg.end));
  // A lone trailing byte is half a code unit: the tool was cut off, so it is dropped.
  const end = seg.end - ((seg.end - seg.start) % 2);
  return utf16.decode(bytes.subarray(seg.start, end));
}

/**
 * Decodes tool output to normalised text: UTF-16LE (with or without BOM, NUL-interleaved),
 * UTF-8 (with or without BOM) or a mix, line ends folded to `\n`, NULs and VT escape sequences
 * removed. Never throws; the result has at most as many UTF-16 units as the input has bytes.
 */
export function decodeToolOutput(buf: Uint8Array, encoding: ToolEncoding): string {
  try {
    const all = buf instanceof Uint8Array ? buf : new Uint8Array(0);
    const bytes = all.length > MAX_DECODE_BYTES ? all.subarray(0, MAX_DECODE_BYTES) : all;
    if (bytes.length === 0) return '';
    let text = '';
    for (const seg of segment(bytes, encoding)) text += decodeSegment(bytes, seg);
    return normalizeText(text);
  } catch {
    return '';
  }
}
