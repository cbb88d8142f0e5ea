/**
 * The WSL error catalog: what a token from `extractWslError` means, how to fix it, and which
 * check it disproves. Lookup works by symbol or by HRESULT, so `Wsl/0x80370102`,
 * `HCS_E_HYPERV_NOT_INSTALLED` and `0x80370102` all find the same entry.
 */
import { WSL_ERROR_ENTRIES } from './error-catalog-data.js';
import type { WslErrorCategory, WslErrorEntry } from './error-catalog-entry.js';

export type { EnJa, WslErrorCategory, WslErrorEntry } from './error-catalog-entry.js';

/** All catalog rows. */
export const WSL_ERROR_CATALOG: readonly WslErrorEntry[] = WSL_ERROR_ENTRIES;

const bySymbol = new Map<string, WslErrorEntry>();
const byHresult = new Map<string, WslErrorEntry>();
for (const e of WSL_ERROR_ENTRIES) {
  bySymbol.set(e.symbol, e);
  if (!byHresult.has(e.hresult)) byHresult.set(e.hresult, e);
}

/**
 * HRESULT of a printed hex code: 8 digits as printed (lower-cased); a short code (≤ 4 digits)
 * is a Win32 error shown bare, wrapped as HRESULT_FROM_WIN32 (`0x1bc` → `0x800701bc`).
 */
export function hresultFromHex(hex: string): string | null {
  const m = /^0x([0-9a-f]{1,8})$/i.exec(hex.trim());
  if (!m) return null;
  const digits = (m[1] as string).toLowerCase();
  const value = Number.parseInt(digits, 16);
  if (digits.length <= 4 && value !== 0) return `0x8007${value.toString(16).padStart(4, '0')}`;
  return `0x${digits.padStart(8, '0')}`;
}

/** The catalog entry for a symbol (`HCS_E_HYPERV_NOT_INSTALLED`), a hex code or a whole `Wsl/…` path; null when unknown. */
export function lookupWslError(token: string | null | undefined): WslErrorEntry | null {
  if (typeof token !== 'string') return null;
  const last = token.trim().split('/').pop() ?? '';
  const sym = bySymbol.get(last) ?? bySymbol.get(last.toUpperCase());
  if (sym) return sym;
  const hr = hresultFromHex(last);
  return hr ? byHresult.get(hr) ?? null : null;
}

/** Context segments of a `Wsl/…` path that place a failure in the networking setup. */
const NETWORK_CONTEXTS = new Set(['ConfigureNetworking', 'HNS']);

/**
 * The category of an extracted token: its catalog entry's, else `networking` when the failure
 * happened in the VM's network setup (`…/ConfigureNetworking/…`, `…/HNS/…`); null when unknown.
 */
export function classifyWslError(token: { symbol: string | null; hresult: string | null; contexts?: readonly string[] } | null): WslErrorCategory | null {
  if (!token) return null;
  const entry = lookupWslError(token.symbol) ?? lookupWslError(token.hresult);
  if (entry) return entry.category;
  return token.contexts?.some((c) => NETWORK_CONTEXTS.has(c)) ? 'networking' : null;
}
