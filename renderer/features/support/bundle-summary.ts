import type { BundleFileEntry } from '../../../electron/contract/support.js';

/** The redaction kinds the panel has words for, in the order a person reads them. */
export const KNOWN_REDACTION_KINDS = ['user', 'host', 'sid', 'email', 'token', 'credential', 'env-secret', 'secret'] as const;

/** One row of the redaction table: a kind with words (`known`) or one a newer engine added. */
export interface RedactionRow {
  kind: string;
  known: boolean;
  count: number;
}

/** How many files and how many bytes (before compression) the bundle holds. */
export function bundleTotals(files: readonly BundleFileEntry[]): { count: number; bytes: number } {
  return { count: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0) };
}

/**
 * Every kind the redactor counts, known kinds first in reading order (zero counts too: "0 emails"
 * is worth seeing), then any kind this panel has no words for, by name; and the sum.
 */
export function redactionRows(redactions: Readonly<Record<string, number>>): { rows: RedactionRow[]; total: number } {
  const known = new Set<string>(KNOWN_REDACTION_KINDS);
  const rows: RedactionRow[] = [
    ...KNOWN_REDACTION_KINDS.map((kind) => ({ kind, known: true, count: redactions[kind] ?? 0 })),
    ...Object.keys(redactions)
      .filter((k) => !known.has(k))
      .sort()
      .map((kind) => ({ kind, known: false, count: redactions[kind] ?? 0 })),
  ];
  return { rows, total: rows.reduce((n, r) => n + r.count, 0) };
}
