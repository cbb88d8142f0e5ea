/** Messages of the Support panel's channels (export, open a bundle, logs). */
export const support = {
  en: {
    'support.noFolder': 'There is no folder to save or open bundles in: this user has no local app data folder.',
    'support.previewGone': 'That preview is no longer held. Preview the bundle again, then save it.',
    'support.saveFailed': 'The bundle could not be saved: {{reason}}',
    'support.openFailed': 'The bundle could not be opened: {{reason}}',
    'support.cannotOpenLogs': 'This computer cannot open the logs folder from the app; its path is shown instead.',
  },
  ja: {
    'support.noFolder': 'バンドルを保存または開くフォルダーがありません。このユーザーにはローカルのアプリ データ フォルダーがありません。',
    'support.previewGone': 'そのプレビューはもう保持されていません。もう一度プレビューしてから保存してください。',
    'support.saveFailed': 'バンドルを保存できませんでした: {{reason}}',
    'support.openFailed': 'バンドルを開けませんでした: {{reason}}',
    'support.cannotOpenLogs': 'このコンピューターではアプリからログ フォルダーを開けません。代わりにパスを表示しています。',
  },
};
