import { findNotFound, findToolError, type NvidiaSmiError } from './errors.js';
import { headExcerpt, splitLines } from './text.js';

/** Most rows read (one per GPU); the cap only bounds garbage. */
export const MAX_CSV_ROWS = 64;
/** Most columns kept per row. */
export const MAX_CSV_COLUMNS = 64;
const MAX_ISSUES = 32;

/** What the CSV output was: rows, a reported failure, a missing tool, or none of these. */
export type NvidiaSmiCsvKind = 'csv' | 'error' | 'not-found' | 'unknown';

/** One GPU row keyed by column name (without unit); units stripped; N/A-like values are null. */
export type NvidiaSmiCsvRow = Record<string, string | null>;

/** `nvidia-smi --query-gpu=… --format=csv[,noheader][,nounits]` output, read by its header. */
export interface NvidiaSmiCsv {
  kind: NvidiaSmiCsvKind;
  /** Column keys in order, e.g. `memory.total` for the header `memory.total [MiB]`. */
  columns: string[];
  /** The unit each header carried (`MiB`, `%`, `MHz`) or null. */
  units: (string | null)[];
  rows: NvidiaSmiCsvRow[];
  error: NvidiaSmiError | null;
  issues: string[];
  excerpt: string | null;
}

/** Context from the caller: the query's column list (needed with `noheader`) and the exit code. */
export interface ParseCsvOptions {
  columns?: readonly string[];
  exitCode?: number | null;
}

/**
 * Query keys whose header nvidia-smi prints under another name (`gpu_name` → `name`); keys are
 * normalised to the header form so a caller's list and a header give the same row keys.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['gpu_name', 'name'],
  ['gpu_bus_id', 'pci.bus_id'],
  ['gpu_serial', 'serial'],
  ['gpu_uuid', 'uuid'],
  ['driver_model.cur', 'driver_model.current'],
  ['driver_model.pend', 'driver_model.pending'],
]);

const HEADER_FIELD = /^([A-Za-z_][A-Za-z0-9_.]{0,80})(?:\s*\[([^\]]{1,16})\])?$/u;
const VALUE_WITH_UNIT = /^([-+]?\d{1,12}(?:\.\d{1,6})?)\s*(MiB|GiB|KiB|%|MHz|W|C|KB\/s|s|us)$/u;

/** Normalises a query key or header name to the row key (`GPU_Name` → `name`). */
export function csvColumnKey(name: string): string {
  const lower = name.trim().toLowerCase();
  // A Map, not an object literal: a header field named `__proto__` must stay a plain key.
  return ALIASES.get(lower) ?? lower;
}

/**
 * Parses nvidia-smi CSV output with any column set. The header (when present) names the
 * columns and their units; with `noheader` the caller passes the column list. Total: never
 * throws, linear, at most 64 rows of 64 columns.
 */
export function parseNvidiaSmiCsv(text: string, options: ParseCsvOptions = {}): NvidiaSmiCsv {
  const { lines, truncated } = splitLines(text);
  const issues: string[] = [];
  if (truncated) issues.push('input longer than the parse limit; the rest was ignored');
  const given = (options.columns ?? []).slice(0, MAX_CSV_COLUMNS).map(csvColumnKey);
  let columns: string[] | null = null;
  let headerSeen = false;
  let units: (string | null)[] = [];
  const rows: NvidiaSmiCsvRow[] = [];
  const toolError = findToolError(lines);

  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const fields = line.split(',', MAX_CSV_COLUMNS + 1).map((f) => f.trim());
    if (columns === null) {
      const header = readHeader(fields);
      if (header !== null) {
        columns = header.columns;
        units = header.units;
        headerSeen = true;
        if (given.length > 0 && !sameColumns(given, columns)) issues.push('header differs from the requested columns; the header was used');
        continue;
      }
      if (given.length > 0 && fields.length === given.length && !isErrorLine(line)) {
        columns = given;
        units = given.map(() => null);
      } else {
        if (issues.length < MAX_ISSUES) issues.push(`skipped a line before the header: "${line.slice(0, 40)}"`);
        continue;
      }
    }
    if (isErrorLine(line)) continue;
    if (rows.length >= MAX_CSV_ROWS) {
      issues.push(`more than ${MAX_CSV_ROWS} rows; the rest were ignored`);
      break;
    }
    if (fields.length !== columns.length && issues.length < MAX_ISSUES) {
      issues.push(`row ${rows.length + 1} has ${fields.length} fields for ${columns.length} columns`);
    }
    rows.push(toRow(columns, units, fields));
  }

  // A header with no rows is still an answer (no GPUs), unless a failure was printed instead.
  const kind: NvidiaSmiCsvKind = rows.length > 0 ? 'csv' : toolError !== null ? 'error' : headerSeen ? 'csv' : 'unknown';
  const notFound = kind === 'unknown' ? findNotFound(lines, options.exitCode) : null;
  const finalKind: NvidiaSmiCsvKind = notFound !== null ? 'not-found' : kind;
  if (finalKind === 'unknown' && columns === null) issues.push('no header and no column list: rows cannot be named');
  if (finalKind === 'csv' && toolError !== null) issues.push(`rows printed together with a failure (${toolError.code})`);
  return {
    kind: finalKind,
    columns: columns ?? [],
    units,
    rows,
    error: toolError ?? notFound,
    issues: issues.slice(0, MAX_ISSUES),
    excerpt: finalKind === 'unknown' ? headExcerpt(lines) : null,
  };
}

function readHeader(fields: readonly string[]): { columns: string[]; units: (string | null)[] } | null {
  if (fields.length > MAX_CSV_COLUMNS) return null;
  const columns: string[] = [];
  const units: (string | null)[] = [];
  for (const f of fields) {
    const m = HEADER_FIELD.exec(f);
    if (m === null) return null;
    columns.push(csvColumnKey(m[1] ?? ''));
    units.push(m[2] ?? null);
  }
  // A lone word could be a data value; one column is a header only when it looks like a field name.
  if (columns.length === 1 && !/[._]|^(?:name|index|uuid|serial|count)$/u.test(columns[0] ?? '')) return null;
  return { columns, units };
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function isErrorLine(line: string): boolean {
  return findToolError([line]) !== null;
}

function toRow(columns: readonly string[], units: readonly (string | null)[], fields: readonly string[]): NvidiaSmiCsvRow {
  const row: NvidiaSmiCsvRow = Object.create(null) as NvidiaSmiCsvRow;
  columns.forEach((col, i) => {
    row[col] = cleanValue(fields[i], units[i] ?? null);
  });
  return row;
}

/** `[N/A]`, `[Not Supported]`, `N/A` and empty become null; `5934 MiB` becomes `5934`. */
export function cleanValue(value: string | undefined, unit: string | null): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (v === '' || /^\[.*\]$/u.test(v) || /^N\/A$/iu.test(v)) return null;
  const m = VALUE_WITH_UNIT.exec(v);
  if (m !== null && (unit === null || unit === m[2])) return m[1] ?? v;
  return v;
}
