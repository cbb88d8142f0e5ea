/**
 * Line and `label: value` helpers for localized Windows tool output.
 */

/** Longest line kept by `splitLines`; longer lines are cut so that per-line work stays bounded. */
export const MAX_LINE_CHARS = 4096;

/** Most lines `splitLines` returns; tool output with more is cut off at the end. */
export const MAX_LINES = 20_000;

/** Splits normalised text into lines (without terminators), each cut to MAX_LINE_CHARS. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  if (text.length === 0) return out;
  let start = 0;
  while (start <= text.length && out.length < MAX_LINES) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const line = text.slice(start, Math.min(nl, start + MAX_LINE_CHARS));
    out.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    start = nl + 1;
  }
  // A final `\n` does not open another line.
  if (out.length > 0 && out[out.length - 1] === '' && text.endsWith('\n')) out.pop();
  return out;
}

/** Colon forms used by localized labels: ASCII, fullwidth (CJK) and small (some fonts/locales). */
const COLONS = [':', '\uff1a', '\ufe55'];

/** Spaces that may precede a colon: French uses a no-break or narrow no-break space. */
const SPACE_RE = /[\s\u00a0\u202f\u3000]+/g;

/** A `label: value` line split at its first colon of any kind. */
export interface LabelValue {
  /** The label as printed, without surrounding spaces. */
  label: string;
  /** `normalizeLabel(label)`: for comparisons. */
  key: string;
  /** The value, trimmed. */
  value: string;
}

/** Lower-case label with all space kinds folded to one ASCII space and trimmed. */
export function normalizeLabel(label: string): string {
  return label.replace(SPACE_RE, ' ').trim().toLowerCase();
}

/**
 * Splits `label<sp?>:<sp?>value` at the first colon of any kind (`:` `：` `﹕`). Returns null
 * when there is no colon or the label is empty. The value may itself contain colons.
 */
export function splitLabelValue(line: string): LabelValue | null {
  let at = -1;
  for (const c of COLONS) {
    const i = line.indexOf(c);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at <= 0) return null;
  const label = line.slice(0, at).replace(SPACE_RE, ' ').trim();
  if (!label) return null;
  const value = line.slice(at + 1).replace(/^[\s\u00a0\u202f\u3000]+|[\s\u00a0\u202f\u3000]+$/g, '');
  return { label, key: normalizeLabel(label), value };
}
