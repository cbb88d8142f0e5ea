/**
 * Messages about which WSL distro the GPU chain was read in (container tools' distros are
 * passed over) and about the boot allowance before the collector (a slow first start).
 */
export const distroTarget = {
  en: {
    'check.gpu.fail.noUserDistro': 'No Linux distribution of your own is registered in WSL: only container tools\' distros ({{utilities}}), which are not for machine learning.',
    'fix.gpu.installUserDistro': 'Install a distribution of your own in PowerShell: wsl --install Ubuntu-24.04 --no-launch, then run the diagnosis again.',
    'check.gpu.unknown.slowBoot': 'Unknown: WSL did not start the distro within {{seconds}} s, so nothing inside it could be read.',
    'fix.gpu.slowBoot': 'Open the distro once (wsl -d {{distro}}) and wait for its prompt; if it hangs, run systemctl --failed inside it, or wsl --shutdown and try again.',
    'check.distro.wsl2.warn.utility': '{{distro}} belongs to a container tool (Docker Desktop, Rancher Desktop or Podman); the GPU chain below is that tool\'s distro, not a distro for machine learning.',
    'evidence.distro.probed': 'Distro probed',
    'evidence.distro.replacedDefault': 'WSL\'s default, passed over (a container tool\'s distro)',
    'evidence.distro.boot': 'Distro start-up (boot allowance)',
    'evidence.distro.collector': 'Collector run',
    'distro.target.explicit': '{{distro}} (named with --distro)',
    'distro.target.default': '{{distro}} (WSL\'s default)',
    'distro.target.instead': '{{distro}} (WSL\'s default {{replaced}} belongs to a container tool)',
    'distro.target.none': 'none (only container tools\' distros: {{utilities}})',
    'cli.probedDistro': 'Distro probed',
  },
  ja: {
    'check.gpu.fail.noUserDistro': 'WSL にユーザー自身の Linux ディストリビューションが登録されていません。コンテナー ツールのディストリビューション ({{utilities}}) だけで、これらは機械学習用ではありません。',
    'fix.gpu.installUserDistro': 'PowerShell で自分用のディストリビューションをインストールしてください: wsl --install Ubuntu-24.04 --no-launch。その後、診断をもう一度実行してください。',
    'check.gpu.unknown.slowBoot': '不明: WSL が {{seconds}} 秒以内にディストリビューションを起動しなかったため、内部を読み取れませんでした。',
    'fix.gpu.slowBoot': 'ディストリビューションを一度開き (wsl -d {{distro}})、プロンプトが出るまで待ってください。止まったままなら内部で systemctl --failed を実行するか、wsl --shutdown の後にやり直してください。',
    'check.distro.wsl2.warn.utility': '{{distro}} はコンテナー ツール (Docker Desktop、Rancher Desktop、Podman) のディストリビューションです。以下の GPU チェーンはそのツールのもので、機械学習用のディストリビューションではありません。',
    'evidence.distro.probed': '調べたディストリビューション',
    'evidence.distro.replacedDefault': 'WSL の既定 (コンテナー ツールのものなので使わず)',
    'evidence.distro.boot': 'ディストリビューションの起動 (起動の猶予)',
    'evidence.distro.collector': 'コレクターの実行',
    'distro.target.explicit': '{{distro}} (--distro で指定)',
    'distro.target.default': '{{distro}} (WSL の既定)',
    'distro.target.instead': '{{distro}} (WSL の既定の {{replaced}} はコンテナー ツールのもの)',
    'distro.target.none': 'なし (コンテナー ツールのディストリビューションのみ: {{utilities}})',
    'cli.probedDistro': '調べたディストリビューション',
  },
};
