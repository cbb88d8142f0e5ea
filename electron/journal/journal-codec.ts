import { createHash } from 'node:crypto';
import type { RunJournal } from '../engine/setup/ports.js';
import { validateRunJournal } from './journal-schema.js';

/**
 * The journal file: an envelope with a generation number (`seq`), the time it was written, the
 * journal body and a sha256 over the canonical JSON of everything but the checksum itself
 * (reliability.md §3.2). Pure and total: decoding any bytes returns a verdict, never throws, and
 * hands out a journal only when checksum and schema both pass.
 */

export const JOURNAL_FILE_FORMAT = 'wsl-gpu-setup/journal-file@1' as const;

/** A journal is a few KiB; anything this large is not ours. */
export const MAX_JOURNAL_FILE_BYTES = 1024 * 1024;

export type DecodedJournalFile = { ok: true; seq: number; journal: RunJournal } | { ok: false; reason: string };

/** JSON with object keys sorted at every level, so equal values always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function checksum(body: { format: string; seq: number; writtenAt: string; journal: unknown }): string {
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

/** The bytes of one generation. The journal must already have passed `validateRunJournal`. */
export function encodeJournalFile(journal: RunJournal, seq: number, writtenAt: string): Uint8Array {
  const body = { format: JOURNAL_FILE_FORMAT, seq, writtenAt, journal };
  return Buffer.from(`${canonicalJson({ ...body, sha256: checksum(body) })}\n`, 'utf8');
}

/** Reads one generation's bytes: checksum first, then the strict schema. */
export function decodeJournalFile(bytes: Uint8Array, knownStepIds?: ReadonlySet<string>): DecodedJournalFile {
  try {
    if (bytes.byteLength === 0) return { ok: false, reason: 'empty file' };
    if (bytes.byteLength > MAX_JOURNAL_FILE_BYTES) return { ok: false, reason: `file too large (${bytes.byteLength} bytes)` };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { ok: false, reason: 'not UTF-8' };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'not JSON (torn or damaged)' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'not a journal envelope' };
    const { format, seq, writtenAt, journal, sha256, ...rest } = parsed as Record<string, unknown>;
    if (Object.keys(rest).length > 0) return { ok: false, reason: `unexpected envelope fields: ${Object.keys(rest).slice(0, 3).join(', ')}` };
    if (format !== JOURNAL_FILE_FORMAT) return { ok: false, reason: 'unknown journal format' };
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return { ok: false, reason: 'bad generation number' };
    if (typeof writtenAt !== 'string' || writtenAt.length > 64) return { ok: false, reason: 'bad write time' };
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return { ok: false, reason: 'missing checksum' };
    if (checksum({ format, seq, writtenAt, journal }) !== sha256) return { ok: false, reason: 'checksum mismatch' };
    const valid = validateRunJournal(journal, knownStepIds);
    return valid.ok ? { ok: true, seq, journal: valid.journal } : valid;
  } catch (e) {
    // Hostile nesting can exhaust the stack in JSON.parse or the canonical walk: still a verdict.
    return { ok: false, reason: `unreadable (${e instanceof Error ? e.name : 'error'})` };
  }
}
