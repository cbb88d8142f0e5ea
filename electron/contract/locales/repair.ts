/** Messages of steps started one at a time (the wizard's Run, the dashboard's fix buttons) and the wizard's stages. */
export const repair = {
  en: {
    'stage.distro.title': 'Linux distribution',
    'stage.stacks.title': 'Frameworks and tools',
    'error.step.needsSetup': 'Step {{stepId}} runs only as part of the setup (it needs a password or administrator rights the setup asks for).',
    'error.step.notApplicable': 'Step {{stepId}} does not apply to this computer as it is now.',
    'next.step.useSetup': 'Open the setup and run it from there: it asks for what this step needs.',
  },
  ja: {
    'stage.distro.title': 'Linux ディストリビューション',
    'stage.stacks.title': 'フレームワークとツール',
    'error.step.needsSetup': 'ステップ {{stepId}} はセットアップの中でのみ実行できます (セットアップが確認するパスワードまたは管理者権限が必要です)。',
    'error.step.notApplicable': 'ステップ {{stepId}} は現在のこのコンピューターには当てはまりません。',
    'next.step.useSetup': 'セットアップを開いてそこから実行してください。このステップに必要なものを確認します。',
  },
};
