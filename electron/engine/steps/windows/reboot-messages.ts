/**
 * Windows' own messages that say "done, restart to finish", by message id, in every language
 * at hand. `wsl --install` exits 0 when it enabled components and prints the system text of
 * ERROR_SUCCESS_REBOOT_REQUIRED (microsoft/WSL src/windows/common/WslClient.cpp, Install():
 * `PrintSystemError(ERROR_SUCCESS_REBOOT_REQUIRED)`), and `wsl --update` does the same when the
 * MSI returns 3010 (domain.md §2.2). The text comes from Windows' message table in the user's
 * language, so a match is by message id: each id lists its known translations, each taken
 * from a real output (see `source`); matching normalises both sides (error-message.ts), so
 * console wrapping, padding and full-width punctuation do not matter.
 */
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
