import { Badge, Button, Card, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StepView } from '../../../electron/contract/plan.js';
import type { RunExitEvent } from '../../../electron/contract/run.js';
import { StepStatusBadge } from '../../components/status-badge.js';
import { useMsg } from '../../i18n/use-msg.js';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  outcome: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  step: StepView;
  running: boolean;
  otherRunActive: boolean;
  starting: boolean;
  exit: RunExitEvent | undefined;
  onRun(): void;
  onCancel(): void;
}

/** The selected step: what it does, its flags, Run and Cancel, and how its last run ended. */
export function StepCard(props: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  const { step, exit } = props;
  return (
    <Card data-testid="step-card" data-step-id={step.id}>
      <div className={styles.head}>
        <Text as="h2" className={styles.title}>
          {m(step.title)}
        </Text>
        <StepStatusBadge status={step.status} label={t(`step.${step.status}`)} testId="step-status" />
        <div className={styles.badges}>
          {step.needsAdmin && (
            <Badge appearance="tint" color="important" data-testid="badge-admin">
              {t('wizard.needsAdmin')}
            </Badge>
          )}
          {step.rebootOnSuccess && (
            <Badge appearance="tint" color="warning" data-testid="badge-reboot">
              {t('wizard.reboot')}
            </Badge>
          )}
        </div>
      </div>
      <Text>{m(step.description)}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          data-testid="run-step"
          disabled={props.running || props.otherRunActive || props.starting || step.status === 'not-applicable'}
          onClick={props.onRun}
        >
          {t('wizard.run')}
        </Button>
        <Button data-testid="cancel-run" disabled={!props.running} onClick={props.onCancel}>
          {t('wizard.cancel')}
        </Button>
        {(props.running || props.starting) && <Spinner size="tiny" />}
        {props.otherRunActive && <Text className={styles.outcome}>{t('wizard.busy')}</Text>}
        {exit && !props.running && (
          <Text className={styles.outcome} data-testid="run-outcome" data-outcome={exit.outcome}>
            {t(`outcome.${exit.outcome}`)}
            {exit.exitCode !== null && ` · ${t('wizard.exitCode', { code: exit.exitCode })}`}
          </Text>
        )}
      </div>
    </Card>
  );
}
