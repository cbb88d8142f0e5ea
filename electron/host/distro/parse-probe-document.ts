import { PROBE_VERSIONS, probeDocumentSchema, type ProbeDocument } from './probe-document-schema.js';

/**
 * Finds and validates the collector's JSON document in the text the probe printed. Total:
 * never throws, linear in the input, bounded output. Noise before the document (a login
 * banner, a stray warning) and after it is skipped; the document itself is located by its
 * first key, which the collector always writes first.
 */

/** Inputs longer than this are refused (the runner's capture cap is 16 MiB). */
export const MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

/** Longest excerpt of the input kept in an error. */
export const MAX_EXCERPT_CHARS = 300;

/** Why no document came out. */
export type ProbeDocumentErrorCode = 'empty' | 'too-large' | 'no-document' | 'truncated' | 'bad-json' | 'unsupported-version' | 'bad-shape';

/** A parse failure with a short, bounded excerpt of what was seen. */
export interface ProbeDocumentError {
  code: ProbeDocumentErrorCode;
  message: string;
  excerpt: string | null;
}

/** The outcome of {@link parseProbeDocument}; `skippedChars` counts the noise before the document. */
export type ProbeDocumentResult = { ok: true; doc: ProbeDocument; skippedChars: number } | { ok: false; error: ProbeDocumentError };

const START = /\{\s*"probeVersion"\s*:/g;
/** Candidates tried, from the last one back: bounds the work to a few linear passes. */
const MAX_CANDIDATES = 4;

function excerpt(text: string, at = 0): string | null {
  const s = text.slice(at, at + MAX_EXCERPT_CHARS).trim();
  return s.length > 0 ? s : null;
}

function fail(code: ProbeDocumentErrorCode, message: string, text: string, at = 0): ProbeDocumentResult {
  return { ok: false, error: { code, message: message.slice(0, 1000), excerpt: excerpt(text, at) } };
}

/** Index just past the JSON object that opens at `start`, or -1 when the text ends first. */
export function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function candidates(text: string): number[] {
  const starts: number[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    starts.push(m.index);
    if (starts.length > MAX_CANDIDATES) starts.shift();
  }
  return starts.reverse();
}

function tryCandidate(text: string, start: number): ProbeDocumentResult {
  const end = objectEnd(text, start);
  if (end < 0) return fail('truncated', 'the document ends before its closing brace', text, start);
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end));
  } catch (error) {
    return fail('bad-json', `not valid JSON: ${(error as Error).message}`, text, start);
  }
  const version = (value as { probeVersion?: unknown }).probeVersion;
  if (!(PROBE_VERSIONS as readonly unknown[]).includes(version)) {
    return fail('unsupported-version', `probeVersion ${JSON.stringify(version)?.slice(0, 40)} is not one of ${PROBE_VERSIONS.join(', ')}`, text, start);
  }
  const parsed = probeDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.').slice(0, 120)}: ${i.message.slice(0, 120)}`);
    return fail('bad-shape', `unexpected document shape: ${issues.join('; ')}`, text, start);
  }
  return { ok: true, doc: parsed.data, skippedChars: start };
}

/** Parses the probe's stdout into a validated document, or says why it cannot. */
export function parseProbeDocument(text: string): ProbeDocumentResult {
  try {
    if (typeof text !== 'string' || text.trim().length === 0) return fail('empty', 'the probe printed nothing', '');
    if (text.length > MAX_DOCUMENT_CHARS) return fail('too-large', `more than ${MAX_DOCUMENT_CHARS} characters`, text);
    const starts = candidates(text);
    if (starts.length === 0) return fail('no-document', 'no {"probeVersion": …} object in the output', text);
    let first: ProbeDocumentResult | null = null;
    for (const start of starts) {
      const r = tryCandidate(text, start);
      if (r.ok) return r;
      first ??= r;
    }
    return first ?? fail('no-document', 'no document', text);
  } catch (error) {
    // Last resort (e.g. a stack overflow on absurd nesting): the contract is "never throws".
    return fail('bad-json', `unreadable: ${String((error as Error)?.message ?? error)}`, typeof text === 'string' ? text : '');
  }
}
