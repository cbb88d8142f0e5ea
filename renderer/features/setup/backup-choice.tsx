import { Checkbox, Field } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { BackupOffer } from '../../../electron/contract/setup.js';
import { useAppState } from '../../store/context.js';

/**
 * "Back up <distro> first": shown only when the plan changes a distro that already exists. Ticking
 * it plans again with `exportBeforeChange`, so `distro.export` shows as a step with its argv
 * before anything is accepted.
 */
export function BackupChoice({ offer }: { offer: BackupOffer }) {
  const { t } = useTranslation();
  const chosen = useAppState((s) => s.choices.exportBeforeChange === true);
  const planning = useAppState((s) => s.planning);
  const setChoices = useAppState((s) => s.setChoices);
  const makePlan = useAppState((s) => s.makePlan);
  return (
    <Field hint={t('setup.backupHint')}>
      <Checkbox
        data-testid="backup-first"
        checked={chosen}
        disabled={planning}
        label={t('setup.backup', { distro: offer.distro, path: offer.path })}
        onChange={(_, d) => {
          setChoices({ exportBeforeChange: d.checked === true });
          void makePlan();
        }}
      />
    </Field>
  );
}
