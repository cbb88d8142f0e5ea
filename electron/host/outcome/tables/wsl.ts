/**
 * wsl.exe and distro launchers. The stable part is the error token (`Wsl/…/SYMBOL`, a symbol or
 * an HRESULT after a localized `Error code:` label), read by electron/host/wsl/error-token.ts and
 * looked up in the WSL error catalog (electron/host/wsl/error-catalog-data.ts): the catalog is
 * this table's data for tokens, its category deciding the cause. A few tokens mean more in a
 * given context (TOKEN_ROWS); outputs without any token are read from their localized texts
 * (PHRASE_ROWS, the languages the real outputs show).
 */
import type { NextAction } from '../../../contract/setup.js';
import { msg } from '../../../contract/messages.js';
import { lookupWslError, type WslErrorCategory } from '../../wsl/error-catalog.js';
import { matchWslErrorMessage } from '../../wsl/error-message.js';
import { extractWslError, type WslErrorToken } from '../../wsl/error-token.js';
import type { CauseId } from '../causes.js';
import { evidenceLine, matchRegexRules, type RegexRule, type RuleTable, type TableMatch } from '../rules.js';
import { rebootMatch } from './reboot-messages.js';

const REAL = '../shared/fixtures/real-outputs';

/** A token that means one cause here, whatever its catalog category; tried before the catalog. */
interface TokenRow {
  cause: CauseId;
  symbol?: string;
  hresult?: string;
  /** Only when the `Wsl/…` path carries this context segment (the operation that failed). */
  context?: string;
  source: string;
}

export const WSL_TOKEN_ROWS: readonly TokenRow[] = [
  { cause: 'store-blocked', hresult: '0x8024500c', source: `WU_E_REDIRECTOR_CONNECT_FAILURE (winerror.h); ${REAL}/wsl-update-web/01.txt, 02.txt (Store disabled by policy)` },
  { cause: 'app-control-policy', hresult: '0x800711c7', source: `ERROR_SYSTEM_INTEGRITY_POLICY_VIOLATION (winerror.h); ${REAL}/wsl-distro-install/05.txt` },
  { cause: 'store-blocked', symbol: 'E_UNEXPECTED', context: 'InstallDistro', source: `${REAL}/wsl-distro-install/06.txt (maintainers: the Store returned no package; use --web-download)` },
  { cause: 'import-failed', symbol: 'E_FAIL', context: 'RegisterDistro', source: `${REAL}/wsl-export-import/02.txt, 03.txt` },
  { cause: 'dns-failure', symbol: 'WININET_E_NAME_NOT_RESOLVED', source: 'winerror.h WININET_E_NAME_NOT_RESOLVED' },
  { cause: 'network-unreachable', symbol: 'WININET_E_CANNOT_CONNECT', source: `${REAL}/wsl-distro-install/04.txt` },
  { cause: 'network-unreachable', symbol: 'WININET_E_TIMEOUT', source: 'winerror.h WININET_E_TIMEOUT' },
];

/** The cause of each catalog category; null: the category alone does not say (precision before recall). */
export const WSL_CATEGORY_CAUSES: Readonly<Record<WslErrorCategory, CauseId | null>> = {
  virtualization_disabled: 'virtualization-off',
  feature_not_enabled: 'wsl-error',
  service_disabled: 'wsl-error',
  service_missing: 'wsl-error',
  access_denied: 'access-denied',
  no_distribution: 'wsl-error',
  networking: 'wsl-error',
  service_failed: 'wsl-error',
  reboot_pending: 'reboot-pending',
  update_required: 'wsl-error',
  update_in_progress: 'wsl-error',
  wsl1_only: 'wsl-error',
  distro_not_found: 'wsl-error',
  already_exists: 'distro-already-exists',
  already_done: 'already-done',
  console: 'wsl-error',
  integrity: 'wsl-error',
  os_unsupported: 'wsl-error',
  install_failed: 'wsl-error',
  cancelled: 'wsl-error',
  wrong_account: 'wsl-error',
  disk: 'wsl-error',
  vm_crashed: 'wsl-vm-crashed',
  path: 'wsl-error',
  component_broken: 'wsl-error',
  unexpected: null,
  invalid_argument: 'invalid-arguments',
  download_failed: 'network-unreachable',
};

/** The Win32 success message (ERROR_SUCCESS) in the languages at hand. */
const SUCCESS = /^(?:The operation completed successfully\.|この操作を正しく終了しました。|Der Vorgang wurde erfolgreich beendet\.|操作成功完成。)\s*$/mu;
/** wsl.exe's own error lines: a phrase row for a finished operation must not claim success next to them. */
const ERROR_LINE = /^(?:Error code|エラー コード|Fehlercode|Errore|Error|错误代码)\s*[:：]/mu;

/** Outputs without a token, recognised by wsl.exe's localized texts (en, ja, de, zh-CN as the real outputs show). */
export const WSL_PHRASE_ROWS: readonly RegexRule[] = [
  // `wsl --set-version`: the conversion started and no success followed; the Win32 reason after it is localized.
  {
    cause: 'conversion-failed',
    pattern: /^(?:Conversion in progress, this may take a few minutes|Die Konvertierung wird ausgeführt\.)/u,
    unless: SUCCESS,
    source: `${REAL}/wsl-set-version/01.txt (de), 02.txt (en)`,
  },
  { cause: 'download-not-found', pattern: /^Not found \(404\)\.$/u, unless: SUCCESS, source: `${REAL}/wsl-distro-install/03.txt` },
  { cause: 'distro-imported', pattern: /^(?:Import in progress, this may take a few minutes|インポート中です。|正在导入)/u, unless: ERROR_LINE, source: `${REAL}/wsl-export-import/01.txt (ja)` },
  { cause: 'distro-unregistered', pattern: /^(?:Unregistering\.?|登録解除。)\s*$/u, unless: ERROR_LINE, source: `${REAL}/wsl-unregister/01.txt (ja)` },
  {
    cause: 'distro-installed',
    pattern: /^ディストリビューションが正常にインストールされました。/u,
    unless: ERROR_LINE,
    source: `${REAL}/wsl-distro-install/01.txt (ja)`,
  },
];

function tokenRow(token: WslErrorToken): TokenRow | null {
  return (
    WSL_TOKEN_ROWS.find(
      (r) =>
        (r.symbol === undefined || r.symbol === token.symbol) &&
        (r.hresult === undefined || r.hresult === token.hresult) &&
        (r.context === undefined || token.contexts.includes(r.context)),
    ) ?? null
  );
}

/** A line that is only a label and the token (`Error code: Wsl/…`, `エラー コード: …`). */
const LABEL_ONLY = /^\s*[^:：]{1,40}[:：]\s*\S+\s*$/u;

/** The lines that carry the token (or its HRESULT), as evidence. */
function tokenEvidence(lines: readonly string[], token: WslErrorToken): { evidence: string[]; lastLine: number } {
  const needles = [token.code, token.symbol, token.hresult].filter((n): n is string => typeof n === 'string' && n !== '').map((n) => n.toLowerCase());
  let lastLine = -1;
  const evidence: string[] = [];
  lines.forEach((line, i) => {
    const lower = line.toLowerCase();
    if (needles.some((n) => lower.includes(n))) {
      lastLine = i;
      // The line before a bare `Error code: …` line is the localized message it belongs to.
      const prev = lines[i - 1];
      if (prev !== undefined && prev.trim() !== '' && evidence.length === 0 && LABEL_ONLY.test(line)) evidence.push(evidenceLine(prev));
      if (evidence.length < 5) evidence.push(evidenceLine(line));
    }
  });
  return { evidence, lastLine };
}

function fromToken(lines: readonly string[], token: WslErrorToken): TableMatch | null {
  const row = tokenRow(token);
  const entry = lookupWslError(token.symbol) ?? lookupWslError(token.hresult);
  const cause = row?.cause ?? (entry ? WSL_CATEGORY_CAUSES[entry.category] : null);
  if (cause === null || cause === undefined) return null;
  const { evidence, lastLine } = tokenEvidence(lines, token);
  if (lastLine < 0) return null;
  const facts = { ...(token.code ? { code: token.code } : {}), ...(token.hresult ? { hresult: token.hresult } : {}) };
  // A catalog entry's own fix is more precise than the cause's generic advice.
  const next: NextAction | undefined = row === null && entry ? { kind: entry.needsReboot ? 'reboot' : 'support', label: msg(`wslError.${entry.symbol}.fix`) } : undefined;
  return { cause, evidence, lastLine, facts, source: row?.source ?? `WSL error catalog: ${entry?.symbol ?? ''} (electron/host/wsl/error-catalog-data.ts)`, ...(next ? { next } : {}) };
}

export const WSL_TABLE: RuleTable = {
  tools: ['wsl'],
  rules: WSL_PHRASE_ROWS,
  match(lines, text) {
    // `wsl --install` / `wsl --update` exit 0 with Windows' restart message when they enabled components.
    const reboot = rebootMatch(lines, text);
    if (reboot) return reboot;
    // Tokens only: an exit code is the classifier's business (it knows whether one was given).
    const token = extractWslError(text);
    if (token && (token.symbol !== null || token.hresult !== null)) {
      const m = fromToken(lines, token);
      if (m) return m;
    }
    const message = matchWslErrorMessage(text);
    if (message) {
      const cause = WSL_CATEGORY_CAUSES[message.entry.category];
      if (cause !== null) {
        const last = lines.length - 1;
        return {
          cause,
          evidence: lines.filter((l) => l.trim() !== '').slice(-3).map(evidenceLine),
          lastLine: last,
          facts: { hresult: message.entry.hresult },
          source: `WSL error catalog message texts: ${message.entry.symbol} (electron/host/wsl/error-messages-data.ts)`,
          next: { kind: message.entry.needsReboot ? 'reboot' : 'support', label: msg(`wslError.${message.entry.symbol}.fix`) },
        };
      }
    }
    return matchRegexRules(WSL_PHRASE_ROWS, lines, text);
  },
};
