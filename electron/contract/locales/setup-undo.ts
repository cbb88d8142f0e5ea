/** Messages of removing an installed stack from the app (the `setup:undo` channel). */
export const setupUndo = {
  en: {
    'setup.undo.failed': 'Removing {{stack}} stopped at {{command}} (exit code {{exitCode}}). Its record is kept, so the removal can be tried again.',
    'setup.undo.tryAgain': 'Try removing it again',
  },
  ja: {
    'setup.undo.failed': '{{stack}} の削除は {{command}} で停止しました (終了コード {{exitCode}})。記録は残しているので、もう一度削除を試せます。',
    'setup.undo.tryAgain': 'もう一度削除する',
  },
};
