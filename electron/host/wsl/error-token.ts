/**
 * Finds the stable error token in wsl.exe (or distro launcher / bash.exe) output, whatever
 * language the message around it is in. The token is never localized; the label before it is
 * (`Error code:`, `エラー コード:`, `错误代码:`, `Fehlercode:`, `Code d’erreur :`).
 */
import { splitLabelValue, splitLines } from '../text/lines.js';
import { hresultFromHex, lookupWslError } from './error-catalog.js';

/** The stable part of a wsl.exe failure. */
export interface WslErrorToken {
  /** The token as printed: the whole `Wsl/…` path, a bare symbol, or a bare hex code. */
  code: string | null;
  /** `0x` + 8 lowercase hex digits, from the token or, for a symbol, from the catalog. */
  hresult: string | null;
  /** The symbolic last segment (`HCS_E_HYPERV_NOT_INSTALLED`); null for hex codes. */
  symbol: string | null;
  /** Context segments between the root and the code (`Service`, `CreateInstance`, `HCS`, …). */
  contexts: string[];
}

/** `Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED`, `Wsl/0x80070422`. */
const PATH_RE = /\b(?:Wsl|Bash|WslConfig|Wslg)(?:\/[A-Za-z0-9_]+)+/g;

/** Symbols with an `_E_` facility part: distinctive enough to find anywhere in a line. */
const FACILITY_SYMBOL_RE = /\b[A-Z][A-Z0-9]*_E_[A-Z0-9_]+\b/g;

/** A value after a label: a symbol (`E_*`, `*_E_*`, `ERROR_*`, `CO_E_*`…) or a hex code. */
const LABELLED_RE = /^(0x[0-9a-fA-F]{1,8}|(?:[A-Z][A-Z0-9]*_)*E_[A-Z0-9_]+|ERROR_[A-Z0-9_]+)(?=$|[\s.,;])/;

/** Tokens are short; looking at a bounded prefix of each value keeps the regex linear. */
const MAX_TOKEN_CHARS = 160;

/** A bare 32-bit code with the severity bit set (HRESULT or NTSTATUS form). */
const BARE_HEX_RE = /\b0x[89a-fA-F][0-9a-fA-F]{7}\b/g;

/** Exit status wsl.exe uses for its own failures (−1, or 0xFFFFFFFF read as unsigned). */
function isWslFailureExit(exitCode: number | undefined): boolean {
  return exitCode === -1 || exitCode === 0xffffffff;
}

function tokenFrom(code: string): WslErrorToken {
  const parts = code.split('/');
  const last = parts[parts.length - 1] ?? code;
  const isHex = /^0x[0-9a-f]+$/i.test(last);
  const symbol = isHex ? null : last;
  const hresult = isHex ? hresultFromHex(last) : lookupWslError(last)?.hresult ?? null;
  return { code, hresult, symbol, contexts: parts.length > 2 ? parts.slice(1, -1) : [] };
}

/** 0xFFFFFFFF is −1, the exit status (printed by terminals as `(0xffffffff)`), never an error code. */
function isMinusOne(hex: string): boolean {
  return /^0xf{8}$/i.test(hex);
}

function lastMatch(text: string, re: RegExp): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(re)) if (!isMinusOne(m[0])) found = m[0];
  return found;
}

/**
 * Extracts the error token from tool output. Preference: a `Wsl/…` path; a symbol or hex code
 * right after a `label:`; an `*_E_*` symbol anywhere; a bare 8-digit HRESULT. The last
 * occurrence wins (it is the failure that ended the run). With no token, an exit code that is
 * itself an HRESULT gives that; exit −1 gives an all-null token (a failure without a code);
 * otherwise null. Never throws.
 */
export function extractWslError(text: string, exitCode?: number): WslErrorToken | null {
  try {
    const path = lastMatch(text, PATH_RE);
    if (path && path.split('/').length >= 2) return tokenFrom(path);

    let labelled: string | null = null;
    for (const line of splitLines(text)) {
      const lv = splitLabelValue(line);
      if (!lv || lv.label.length > 80 || /[<>]/.test(lv.label)) continue;
      const m = LABELLED_RE.exec(lv.value.slice(0, MAX_TOKEN_CHARS));
      if (m && !isMinusOne(m[1] as string)) labelled = m[1] as string;
    }
    if (labelled) return tokenFrom(labelled);

    const symbol = lastMatch(text, FACILITY_SYMBOL_RE);
    if (symbol) return tokenFrom(symbol);
    const hex = lastMatch(text, BARE_HEX_RE);
    if (hex) return tokenFrom(hex);

    if (typeof exitCode === 'number' && Number.isInteger(exitCode) && !isWslFailureExit(exitCode)) {
      const u32 = exitCode >>> 0;
      // An exit status with the severity bit set is an HRESULT returned as the process status.
      if (u32 >= 0x80000000) return { code: null, hresult: `0x${u32.toString(16).padStart(8, '0')}`, symbol: null, contexts: [] };
    }
    if (isWslFailureExit(exitCode)) return { code: null, hresult: null, symbol: null, contexts: [] };
    return null;
  } catch {
    return null;
  }
}
