/**
 * Messages of a distro that wsl.exe could not start for the in-distro probe (see
 * electron/engine/checks/error-overlay.ts). A start error the WSL error catalog knows is shown with
 * the catalog's own meaning and fix (wsl-errors.ts); these words are for the rest.
 */
export const distroStart = {
  en: {
    'evidence.wslError.whenStartingDistro': 'wsl.exe, starting the distro',
    'evidence.wslError.disproves': 'Also disproves',
    'check.distro.wsl2.fail.startFailed': 'WSL could not start the distro, so nothing inside it could be checked.',
    'fix.distro.startFailed': 'Run `wsl --shutdown`, then start the distro once with `wsl -d <distro>` to see the error again; quote the error code when you ask for help (the Support tab saves it in a bundle).',
  },
  ja: {
    'evidence.wslError.whenStartingDistro': 'wsl.exe (ディストリビューションの起動時)',
    'evidence.wslError.disproves': 'あわせて否定されるチェック',
    'check.distro.wsl2.fail.startFailed': 'WSL がディストリビューションを起動できなかったため、その中は何も確認できませんでした。',
    'fix.distro.startFailed': '`wsl --shutdown` を実行してから `wsl -d <distro>` でディストリビューションを一度起動し、エラーをもう一度確認してください。問い合わせの際はエラー コードを伝えてください (サポート タブでバンドルに保存できます)。',
  },
};
