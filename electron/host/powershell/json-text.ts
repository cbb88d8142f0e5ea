/**
 * Finds the JSON object in what PowerShell printed. The object is normally the whole output,
 * but a BOM, a prompt line, progress text or a profile banner can come before it and a prompt
 * after it. Only `{` that open a line are tried, each at most twice (to the end of its line,
 * to the last `}`), and only a bounded number of them, so the work stays linear in the input.
 */

/** Input beyond this is not parsed: the inventory is a few KiB plus at most 64 KiB of `.wslconfig`. */
export const MAX_JSON_CHARS = 2 * 1024 * 1024;

/** Candidate line starts tried before giving up. */
const MAX_CANDIDATES = 8;

/** Longest excerpt of unparsed output kept for the dashboard. */
export const MAX_EXCERPT_CHARS = 300;

/** Why no object came out: nothing JSON-like, JSON that would not parse, or too much input. */
export type JsonFailure = 'no-json' | 'invalid-json' | 'not-object' | 'too-large';

export type JsonExtraction = { ok: true; value: Record<string, unknown> } | { ok: false; reason: JsonFailure; excerpt: string };

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Positions of `{` that begin a line (after optional blanks), at most MAX_CANDIDATES. */
function candidateStarts(text: string): number[] {
  const starts: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length && starts.length < MAX_CANDIDATES; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) lineStart = true;
    else if (lineStart && c === 123) {
      starts.push(i);
      lineStart = false;
    } else if (c !== 32 && c !== 9) lineStart = false;
  }
  return starts;
}

/** A short, single-line excerpt of text that was not understood. */
export function excerptOf(text: string): string {
  const flat = text.slice(0, MAX_EXCERPT_CHARS * 4).replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_EXCERPT_CHARS ? flat.slice(0, MAX_EXCERPT_CHARS) : flat;
}

/** The first JSON object in `text`, or why there is none. Never throws. */
export function extractJsonObject(text: string): JsonExtraction {
  const clean = text.replace(/^\uFEFF+/u, '').replaceAll('\u0000', '');
  if (clean.length > MAX_JSON_CHARS) return { ok: false, reason: 'too-large', excerpt: excerptOf(clean) };
  const starts = candidateStarts(clean);
  if (starts.length === 0) {
    const bare = tryParse(clean.trim());
    // Valid JSON that is not an object (a list, a number) is a different failure from prose.
    return { ok: false, reason: bare !== undefined ? 'not-object' : 'no-json', excerpt: excerptOf(clean) };
  }
  const lastBrace = clean.lastIndexOf('}');
  let sawValue = false;
  for (const start of starts) {
    let lineEnd = clean.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = clean.length;
    const tries = [clean.slice(start, lineEnd), lastBrace > start ? clean.slice(start, lastBrace + 1) : ''];
    for (const t of tries) {
      if (t === '') continue;
      const v = tryParse(t.trim());
      if (v === undefined) continue;
      sawValue = true;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) return { ok: true, value: v as Record<string, unknown> };
    }
  }
  return { ok: false, reason: sawValue ? 'not-object' : 'invalid-json', excerpt: excerptOf(clean) };
}
