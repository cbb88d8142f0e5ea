/**
 * bcdedit, dism, reg and PowerShell: Windows prints the system message of a Win32 error in the
 * display language, so each row lists the message in the languages at hand (the text of
 * FormatMessage for that code), next to the HRESULT, which is the same in every language.
 */
import { matchRegexRules, type RuleTable } from '../rules.js';
import { rebootMatch } from './reboot-messages.js';

export const WINDOWS_TABLE: RuleTable = {
  tools: ['bcdedit', 'dism', 'reg', 'powershell'],
  rules: [
    {
      cause: 'invalid-arguments',
      // ERROR_INVALID_PARAMETER (87, 0x80070057): en, ja, de system messages.
      pattern: /^The parameter is incorrect\.|^パラメーターが間違っています。|^Falscher Parameter\.|\b0x80070057\b/u,
      source: '../shared/fixtures/real-outputs/bcdedit/01.txt; winerror.h ERROR_INVALID_PARAMETER',
      facts: [/(?<hresult>0x80070057)/u],
    },
    {
      cause: 'needs-admin',
      // ERROR_ELEVATION_REQUIRED (740, 0x800702e4).
      pattern: /^The requested operation requires elevation\.|^要求された操作には管理者特権が必要です。|\b0x800702[eE]4\b/u,
      source: 'winerror.h ERROR_ELEVATION_REQUIRED',
    },
    {
      cause: 'access-denied',
      // ERROR_ACCESS_DENIED (5, 0x80070005).
      pattern: /^Access is denied\.|^アクセスが拒否されました。|^Zugriff verweigert\b|\b0x80070005\b/u,
      source: 'winerror.h ERROR_ACCESS_DENIED',
      facts: [/(?<hresult>0x80070005)/u],
    },
  ],
  // Windows' "restart to finish" message (dism, msiexec, wsl --install) in any known language, before the rows.
  match(lines, text) {
    return rebootMatch(lines, text) ?? matchRegexRules(WINDOWS_TABLE.rules, lines, text);
  },
};
