import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CheckStatus } from '../../../electron/contract/checks.js';
import type { StepRunView } from '../../../electron/contract/setup.js';
import { CheckStatusBadge, SetupStepStatusBadge } from '../../components/status-badge.js';
import { useMsg } from '../../i18n/use-msg.js';
import { checkChanges } from './check-changes.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} 0` },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  next: { color: tokens.colorPaletteRedForeground1 },
  diff: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  checks: { listStyle: 'none', margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  check: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/**
 * One step of a running setup: its state (glyph + word, never colour alone), each check it
 * verified with its status before → after (a repair shows what it fixed), and what to do next.
 */
export function RunStepRow({ step, title, checkTitle }: { step: StepRunView; title: string; checkTitle: (checkId: string) => string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  const changes = checkChanges(step);
  const word = (status: CheckStatus | null) => (status ? t(`check.${status}`) : t('setup.notChecked'));
  return (
    <li className={styles.row} data-testid={`run-step-${step.stepId}`} data-state={step.state}>
      <div className={styles.head}>
        <SetupStepStatusBadge status={step.state} label={t(`setupState.${step.state}`)} />
        <Text>{title}</Text>
        {step.exitCode !== null && step.state === 'failed' && <Text className={styles.diff}>{t('wizard.exitCode', { code: step.exitCode })}</Text>}
      </div>
      {changes.length > 0 && (
        <ul className={styles.checks} aria-label={t('setup.checks')} data-testid="run-step-checks">
          {changes.map((c) => (
            <li
              key={c.checkId}
              className={styles.check}
              data-testid={`check-change-${c.checkId}`}
              data-before={c.before ?? 'none'}
              data-after={c.after ?? 'none'}
              aria-label={t('setup.checkChange', { check: checkTitle(c.checkId), before: word(c.before), after: word(c.after) })}
            >
              <Text className={styles.diff}>{checkTitle(c.checkId)}</Text>
              <StatusOrNone status={c.before} label={word(c.before)} />
              <span aria-hidden="true">→</span>
              <StatusOrNone status={c.after} label={word(c.after)} />
            </li>
          ))}
        </ul>
      )}
      {step.next && step.state !== 'done' && step.state !== 'already-done' && (
        <Text className={styles.next} data-testid="run-step-next">
          {m(step.next.label)}
        </Text>
      )}
    </li>
  );
}

/** A check status as a badge, or the words "not checked" when the step never verified it then. */
function StatusOrNone({ status, label }: { status: CheckStatus | null; label: string }) {
  return status ? <CheckStatusBadge status={status} label={label} /> : <Text size={200}>{label}</Text>;
}
