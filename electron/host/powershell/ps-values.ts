/**
 * Lenient readers for values as Windows PowerShell 5.1's `ConvertTo-Json` prints them: numbers
 * that arrive as strings (uint64 WMI properties, registry strings), booleans as `"True"`,
 * dates as `/Date(ms)/`, a single object where a list was meant, or a list wrapped as
 * `{ "value": [...], "Count": n }`. Each returns null (or an empty list) for anything else and
 * never throws.
 */

/** Longest string kept from any field unless a field says otherwise. */
export const MAX_FIELD_CHARS = 512;

const NUMERIC = /^\s*-?\d{1,20}(?:\.\d{1,20})?\s*$/u;
const PS_DATE = /^\/?Date\((-?\d{1,16})(?:[+-]\d{4})?\)\/?$/u;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/u;

/** True for a JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A finite number from a number or a numeric string, else null. */
export function psNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && NUMERIC.test(v)) {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A non-negative safe integer (sizes, counts, enum values), else null. */
export function psCount(v: unknown): number | null {
  const n = psNumber(v);
  return n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** A boolean from `true`/`false`, `"True"`/`"False"` or 1/0, else null. */
export function psBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true' || t === '1') return true;
    if (t === 'false' || t === '0') return false;
  }
  return null;
}

/** A string (numbers are printed), cut to `max` characters; empty and non-text values are null. */
export function psString(v: unknown, max = MAX_FIELD_CHARS): string | null {
  let s: string | null = null;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' && Number.isFinite(v)) s = String(v);
  if (s === null || s.trim() === '') return null;
  return s.length > max ? s.slice(0, max) : s;
}

/** A `yyyy-mm-dd` day from the script's own format, an ISO time or 5.1's `/Date(ms)/`. */
export function psDay(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (ISO_DAY.test(t)) return t.slice(0, 10);
  const m = PS_DATE.exec(t);
  if (m === null) return null;
  const d = new Date(Number(m[1]));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/**
 * A list from a list, a single object (5.1 unrolls one-element arrays), the 5.1 wrapper
 * `{ value: [...], Count }`, or nothing (`null` → empty). At most `max` items are kept.
 */
export function psList(v: unknown, max: number): unknown[] {
  let list: unknown[];
  if (Array.isArray(v)) list = v;
  else if (isRecord(v) && Array.isArray(v.value) && 'Count' in v) list = v.value;
  else if (v === null || v === undefined) list = [];
  else list = [v];
  return list.length > max ? list.slice(0, max) : list;
}

/**
 * A byte size from a number, a numeric string, or a REG_BINARY value printed as a byte list
 * (little-endian, as older display drivers store `HardwareInformation.MemorySize`).
 */
export function psByteSize(v: unknown): number | null {
  if (Array.isArray(v)) {
    if (v.length === 0 || v.length > 8) return null;
    let n = 0;
    for (let i = v.length - 1; i >= 0; i--) {
      const b: unknown = v[i];
      if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 255) return null;
      n = n * 256 + b;
    }
    return Number.isSafeInteger(n) ? n : null;
  }
  return psCount(v);
}

/** An HRESULT as `0x` + 8 lowercase hex digits from a signed or unsigned 32-bit number. */
export function formatHresult(v: unknown): string | null {
  const n = psNumber(v);
  if (n === null || !Number.isInteger(n) || n < -0x80000000 || n > 0xffffffff) return null;
  return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
}
