import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StageView } from '../../../electron/contract/plan.js';
import { StepStatusBadge } from '../../components/status-badge.js';
import { useMsg } from '../../i18n/use-msg.js';

const useStyles = makeStyles({
  nav: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3 },
  stage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  stageTitle: { fontWeight: tokens.fontWeightSemibold },
  step: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    textAlign: 'start',
    cursor: 'pointer',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

interface Props {
  stages: StageView[];
  selectedStepId: string | null;
  onSelect(stepId: string): void;
}

/** The stages and their steps, each with its status; a click selects a step. */
export function StageList(props: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  return (
    <nav className={styles.nav} aria-label={t('wizard.stages')}>
      <Text className={styles.heading}>{t('wizard.stages')}</Text>
      {props.stages.map((stage) => (
        <section key={stage.id} className={styles.stage} data-testid={`stage-${stage.id}`}>
          <Text className={styles.stageTitle}>{m(stage.title)}</Text>
          {stage.steps.map((step) => (
            <button
              key={step.id}
              type="button"
              className={mergeClasses(styles.step, step.id === props.selectedStepId && styles.selected)}
              aria-current={step.id === props.selectedStepId ? 'step' : undefined}
              data-testid={`step-item-${step.id}`}
              onClick={() => props.onSelect(step.id)}
            >
              <span>{m(step.title)}</span>
              <StepStatusBadge status={step.status} label={t(`step.${step.status}`)} />
            </button>
          ))}
        </section>
      ))}
    </nav>
  );
}
