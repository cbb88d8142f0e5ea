import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StageView, StepView } from '../../../electron/contract/plan.js';
import { useAppState } from '../../store/context.js';
import { SetupPanel } from '../setup/setup-panel.js';
import { TerminalView } from '../terminal/terminal-view.js';
import { StageList } from './stage-list.js';
import { StepCard } from './step-card.js';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: '280px 1fr', gap: tokens.spacingHorizontalXL, height: '100%', minHeight: 0 },
  side: { overflowY: 'auto' },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, minHeight: 0 },
});

const EMPTY: StageView[] = [];

/** Picks the step to show: the user's choice, else the running one, else the first not done. */
function pickStep(stages: StageView[], selected: string | null, running: string | null): StepView | null {
  const steps = stages.flatMap((s) => s.steps);
  const byId = (id: string | null) => steps.find((s) => s.id === id) ?? null;
  return byId(selected) ?? byId(running) ?? steps.find((s) => s.status !== 'done') ?? steps[0] ?? null;
}

/** The setup wizard: stages on the left, the current step and the terminal on the right. */
export function WizardView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const stages = useAppState((s) => s.engine?.stages ?? EMPTY);
  const selected = useAppState((s) => s.selectedStepId);
  const activeRun = useAppState((s) => s.activeRun);
  const starting = useAppState((s) => s.starting);
  const exits = useAppState((s) => s.exits);
  const gap = useAppState((s) => s.gap);
  const selectStep = useAppState((s) => s.selectStep);
  const startStep = useAppState((s) => s.startStep);
  const cancelRun = useAppState((s) => s.cancelRun);
  const step = pickStep(stages, selected, activeRun?.stepId ?? null);
  const running = !!step && activeRun?.stepId === step.id;
  return (
    <div className={styles.root}>
      <aside className={styles.side}>
        <StageList stages={stages} selectedStepId={step?.id ?? null} onSelect={selectStep} />
      </aside>
      <div className={styles.main}>
        <SetupPanel />
        {step ? (
          <StepCard
            step={step}
            running={running}
            otherRunActive={!!activeRun && !running}
            starting={starting}
            exit={exits[step.id]}
            onRun={() => void startStep(step.id)}
            onCancel={() => void cancelRun()}
          />
        ) : (
          <Text>{stages.length === 0 ? t('wizard.noSteps') : t('wizard.selectStep')}</Text>
        )}
        {gap && (
          <MessageBar intent="warning" data-testid="output-gap">
            <MessageBarBody>{t('terminal.gap', { from: gap.from, to: gap.to })}</MessageBarBody>
          </MessageBar>
        )}
        <TerminalView />
      </div>
    </div>
  );
}
