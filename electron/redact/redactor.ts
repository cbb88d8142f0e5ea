/**
 * The redactor used at collection time: removes user and host names, SIDs, emails, tokens,
 * credentials in URLs and secret environment values from text, raw captured bytes and JSON
 * values. Idempotent (a second pass changes nothing) and linear in the input size.
 */
import type { OutputEncoding } from '../runner/command.js';
import { applyRules, type RedactedText } from './apply-rules.js';
import { redactByteViews, type RedactedBytes } from './byte-views.js';
import { addCounts, emptyCounts, type RedactionCounts } from './kinds.js';
import { cleanNames } from './name-forms.js';
import { buildRules } from './rules.js';

/** Who must not appear in a bundle. */
export interface RedactorIdentity {
  userNames: readonly string[];
  hostNames: readonly string[];
  /** Literal values to remove wherever they appear (at least 4 characters). */
  extraSecrets?: readonly string[];
}

/** A JSON value after redaction, with counts. */
export interface RedactedJson {
  value: unknown;
  counts: RedactionCounts;
}

/** Removes personal and secret data; every method is total and idempotent. */
export interface Redactor {
  redactText(text: string): RedactedText;
  /** Redacts raw bytes and returns bytes in the same encoding, so replay decodes them as before. */
  redactBytes(bytes: Uint8Array, encoding: OutputEncoding): RedactedBytes;
  /** Redacts every string (keys included) of a JSON-shaped value; other values pass through. */
  redactJsonValue(value: unknown): RedactedJson;
  /** A redactor for the same identity plus these user names (e.g. a distro's own accounts). */
  withUserNames(names: readonly string[]): Redactor;
}

/** Nesting deeper than this is cut (replaced by null): no report is that deep. */
const MAX_JSON_DEPTH = 64;

const latin1OfUtf8 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

/** Builds a redactor for the given identity. */
export function createRedactor(identity: RedactorIdentity): Redactor {
  const id = {
    userNames: cleanNames(identity.userNames),
    hostNames: cleanNames(identity.hostNames).filter((h) => h.toLowerCase() !== 'localhost'),
    extraSecrets: (identity.extraSecrets ?? []).filter((s): s is string => typeof s === 'string'),
  };
  const textRules = buildRules(id, (s) => s);
  const byteRules = buildRules(id, latin1OfUtf8);
  const redactText = (text: string): RedactedText => applyRules(text, textRules);
  const redactLatin1 = (text: string): RedactedText => applyRules(text, byteRules);

  const walk = (value: unknown, counts: RedactionCounts, depth: number): unknown => {
    if (typeof value === 'string') {
      const r = redactText(value);
      addCounts(counts, r.counts);
      return r.text;
    }
    if (value === null || typeof value !== 'object') return value;
    if (depth >= MAX_JSON_DEPTH) return null;
    if (Array.isArray(value)) return value.map((v) => walk(v, counts, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = walk(k, counts, depth) as string;
      Object.defineProperty(out, key, { value: walk(v, counts, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  const redactor: Redactor = {
    redactText,
    redactBytes: (bytes, encoding) => redactByteViews(bytes, encoding, redactText, redactLatin1),
    withUserNames: (names) => (names.length === 0 ? redactor : createRedactor({ ...identity, userNames: [...identity.userNames, ...names] })),
    redactJsonValue: (value) => {
      const counts = emptyCounts();
      try {
        return { value: walk(value, counts, 0), counts };
      } catch {
        return { value: null, counts };
      }
    },
  };
  return redactor;
}
