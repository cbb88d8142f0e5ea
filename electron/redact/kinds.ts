/**
 * What the redactor removes, the marker that replaces each kind, and per-kind counters.
 * Markers are fixed ASCII words in angle brackets so redacted text stays readable and a
 * second pass finds nothing left to replace.
 */

/** The kinds of personal or secret data the redactor recognises. */
export const REDACTION_KINDS = ['user', 'host', 'sid', 'email', 'token', 'credential', 'env-secret', 'secret'] as const;

/** One kind of redacted data. */
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** How many replacements of each kind a call made. */
export type RedactionCounts = Record<RedactionKind, number>;

/** The text that replaces a value of each kind. */
export const MARKERS: Readonly<Record<RedactionKind, string>> = {
  user: '<user>',
  host: '<host>',
  sid: '<sid>',
  email: '<email>',
  token: '<token>',
  credential: '<credential>',
  'env-secret': '<secret>',
  secret: '<secret>',
};

/** A zero count for every kind. */
export function emptyCounts(): RedactionCounts {
  return { user: 0, host: 0, sid: 0, email: 0, token: 0, credential: 0, 'env-secret': 0, secret: 0 };
}

/** Adds `more` into `into` (mutates and returns `into`). */
export function addCounts(into: RedactionCounts, more: Readonly<RedactionCounts>): RedactionCounts {
  for (const k of REDACTION_KINDS) into[k] += more[k];
  return into;
}

