import { Badge, type BadgeProps, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StepRunView, StepState } from '../../../electron/contract/setup.js';
import { useMsg } from '../../i18n/use-msg.js';

const LOOK: Record<StepState, { color: NonNullable<BadgeProps['color']>; icon: string }> = {
  pending: { color: 'informative', icon: '○' },
  'already-done': { color: 'success', icon: '✓' },
  running: { color: 'brand', icon: '▶' },
  done: { color: 'success', icon: '✓' },
  failed: { color: 'danger', icon: '✕' },
  cancelled: { color: 'informative', icon: '■' },
  'reboot-pending': { color: 'warning', icon: '↻' },
  resumed: { color: 'brand', icon: '↺' },
  blocked: { color: 'danger', icon: '⊘' },
};

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} 0` },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  next: { color: tokens.colorPaletteRedForeground1 },
  diff: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** One step of a running setup: its state (glyph + word, never colour alone), what changed, and what to do next. */
export function RunStepRow({ step, title }: { step: StepRunView; title: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  const look = LOOK[step.state];
  const changed = Object.keys(step.after).filter((id) => step.before[id] !== step.after[id]);
  return (
    <li className={styles.row} data-testid={`run-step-${step.stepId}`} data-state={step.state}>
      <div className={styles.head}>
        <Badge appearance="filled" color={look.color} icon={<span aria-hidden="true">{look.icon}</span>}>
          {t(`setupState.${step.state}`)}
        </Badge>
        <Text>{title}</Text>
        {step.exitCode !== null && step.state === 'failed' && <Text className={styles.diff}>{t('wizard.exitCode', { code: step.exitCode })}</Text>}
      </div>
      {changed.length > 0 && (
        <Text className={styles.diff} data-testid="run-step-diff">
          {changed.map((id) => `${id}: ${step.before[id] ?? '—'} → ${step.after[id]}`).join(' · ')}
        </Text>
      )}
      {step.next && step.state !== 'done' && step.state !== 'already-done' && (
        <Text className={styles.next} data-testid="run-step-next">
          {m(step.next.label)}
        </Text>
      )}
    </li>
  );
}
