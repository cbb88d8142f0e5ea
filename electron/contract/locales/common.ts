/** Messages shared by the CLI and every view. */
export const common = {
  en: {
    'status.pass': 'pass',
    'status.warn': 'warn',
    'status.fail': 'fail',
    'status.skip': 'skip',
    'status.unknown': 'unknown',
    'check.skip.prerequisite': 'Skipped: prerequisite {{id}} did not pass.',
    'check.skip.platform': 'Skipped: this check applies to Windows hosts only (this host is {{platform}}).',
    'check.unknown.notCaptured': 'Unknown: probe {{probe}} was not captured.',
    'cli.readiness': 'Readiness',
  },
  ja: {
    'status.pass': '合格',
    'status.warn': '警告',
    'status.fail': '失敗',
    'status.skip': 'スキップ',
    'status.unknown': '不明',
    'check.skip.prerequisite': 'スキップ: 前提条件 {{id}} が合格していません。',
    'check.skip.platform': 'スキップ: このチェックは Windows ホストのみが対象です (このホストは {{platform}})。',
    'check.unknown.notCaptured': '不明: プローブ {{probe}} の結果がありません。',
    'cli.readiness': '準備状況',
  },
};
