/**
 * Windows' own messages that say "done, restart to finish", by message id, in every language
 * at hand. `wsl --install` exits 0 when it enabled components and prints the system text of
 * ERROR_SUCCESS_REBOOT_REQUIRED (microsoft/WSL src/windows/common/WslClient.cpp, Install():
 * `PrintSystemError(ERROR_SUCCESS_REBOOT_REQUIRED)`), and `wsl --update` does the same when the
 * MSI returns 3010 (domain.md §2.2). The text comes from Windows' message table in the user's
 * language, so a match is by message id: each id lists its known translations, each taken
 * from a real output (see `source`); matching normalises both sides (error-message.ts), so
 * console wrapping, padding and full-width punctuation do not matter. The installer's Windows
 * steps (electron/engine/steps/windows/wsl-output.ts) and `explain` read them through here.
 */
import { normalizeMessage } from '../../wsl/error-message.js';
import { evidenceLine, type TableMatch } from '../rules.js';

export interface WindowsMessage {
  /** The Win32 message id. */
  id: number;
  symbol: string;
  texts: readonly { locale: string; text: string; source: string }[];
}

export const REBOOT_MESSAGES: readonly WindowsMessage[] = [
  {
    id: 3010,
    symbol: 'ERROR_SUCCESS_REBOOT_REQUIRED',
    texts: [
      {
        locale: 'en-US',
        text: 'The requested operation is successful. Changes will not be effective until the system is rebooted.',
        source: 'https://github.com/microsoft/WSL/issues/6474 (shared real-outputs/wsl-install/01.txt)',
      },
      {
        locale: 'ja-JP',
        text: '要求された操作は正常に終了しました。変更を有効にするには、システムを再起動する必要があります。',
        source: 'public Japanese WSL install article, `wsl --install` on Windows 11 24H2 26100.3194 with WSL 2.4.11 (test/fixtures/steps/wsl-install/03-ja-reboot.utf-8.meta.json)',
      },
    ],
  },
  {
    id: 350,
    symbol: 'ERROR_FAIL_NOACTION_REBOOT',
    texts: [
      {
        locale: 'en-US',
        text: 'No action was taken as a system reboot is required.',
        source: 'https://github.com/microsoft/WSL/issues/6474 (shared real-outputs/wsl-install/02.txt)',
      },
    ],
  },
];

const NORMALIZED_REBOOT_TEXTS = REBOOT_MESSAGES.flatMap((m) => m.texts.map((t) => normalizeMessage(t.text)));

/** Text beyond this (from the end) is not searched: the message ends the output. */
const MAX_TAIL_CHARS = 64 * 1024;

/** True when the text carries Windows' "restart to finish" message (3010 or 350) in any known language. */
export function saysRebootRequired(text: string): boolean {
  if (text === '') return false;
  const norm = normalizeMessage(text.slice(-MAX_TAIL_CHARS));
  return NORMALIZED_REBOOT_TEXTS.some((t) => norm.includes(t));
}

/** The reboot message as a table match: the lines that are part of it are the evidence (a console may wrap it). */
export function rebootMatch(lines: readonly string[], text: string): TableMatch | null {
  if (!saysRebootRequired(text)) return null;
  const hits: number[] = [];
  lines.forEach((line, i) => {
    const n = normalizeMessage(line);
    if (n.length >= 6 && NORMALIZED_REBOOT_TEXTS.some((t) => t.includes(n))) hits.push(i);
  });
  return {
    cause: 'reboot-pending',
    evidence: hits.slice(0, 5).map((i) => evidenceLine(lines[i] as string)),
    lastLine: hits.at(-1) ?? lines.length - 1,
    facts: {},
    source: 'ERROR_SUCCESS_REBOOT_REQUIRED (3010) / ERROR_FAIL_NOACTION_REBOOT (350) system messages (electron/host/outcome/tables/reboot-messages.ts)',
  };
}
