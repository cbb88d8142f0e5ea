import { Button, Card, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile, SetupPlan } from '../../../electron/contract/setup.js';
import { useAppState } from '../../store/context.js';
import { BackupChoice } from './backup-choice.js';
import { estimateMinutes, formatBytes } from './format-size.js';
import { InstalledStacks } from './installed-stacks.js';
import { PlannedStepRow } from './planned-step-row.js';
import { SetupRunSection } from './setup-run-section.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  summary: { color: tokens.colorNeutralForeground2 },
});

/** The step that creates the Linux user: only then are a user name and password asked for. */
const USER_STEP = 'distro.user';

/**
 * The installer: pick a profile, see the plan (every command, why, admin, restarts, sizes),
 * consent once, then watch each step verify → apply → verify again.
 */
export function SetupPanel() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const s = useAppState((st) => st);
  const [password, setPassword] = useState('');
  const run = s.setupRun;
  const running = run?.state === 'running' || s.applying;
  const loadSetup = s.loadSetup;
  // A page opened after a restart shows where the setup stands (the journaled run) at once.
  useEffect(() => void loadSetup(), [loadSetup]);
  const needsUser = !!s.plan?.steps.some((p) => p.stepId === USER_STEP);
  return (
    <Card className={styles.root} data-testid="setup-panel">
      <Text as="h2" weight="semibold" size={500}>
        {t('setup.heading')}
      </Text>
      <div className={styles.row}>
        <Field label={t('setup.profile')}>
          <RadioGroup layout="horizontal" value={s.profile} onChange={(_, d) => s.setProfile(d.value as Profile)} disabled={running}>
            <Radio value="beginner" label={t('setup.profile.beginner')} data-testid="profile-beginner" />
            <Radio value="cuda-pro" label={t('setup.profile.cuda-pro')} data-testid="profile-cuda-pro" />
          </RadioGroup>
        </Field>
        <Button appearance="secondary" data-testid="make-plan" disabled={s.planning || running} onClick={() => void s.makePlan()}>
          {t('setup.makePlan')}
        </Button>
        {s.planning && <Spinner size="tiny" label={t('setup.planning')} />}
      </div>
      {s.plan && !run && <PlanView plan={s.plan} language={i18n.language} />}
      {s.plan && !run && needsUser && (
        <div className={styles.row}>
          <Field label={t('setup.userName')} hint={t('setup.userNameHint')}>
            <Input data-testid="linux-user" value={s.choices.user ?? ''} onChange={(_, d) => s.setChoices({ user: d.value })} onBlur={() => void s.makePlan()} />
          </Field>
          <Field label={t('setup.password')} hint={t('setup.passwordHint')}>
            <Input data-testid="linux-password" type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
        </div>
      )}
      {s.plan && !run && s.plan.steps.length > 0 && (
        <div className={styles.row}>
          <Button appearance="primary" data-testid="apply-plan" disabled={running || s.planning || (needsUser && (!s.choices.user || !password))} onClick={() => void s.applyPlan(password || undefined)}>
            {s.plan.needsAdmin ? t('setup.applyAdmin') : t('setup.apply')}
          </Button>
        </div>
      )}
      {run && <SetupRunSection run={run} />}
      {!running && <InstalledStacks />}
    </Card>
  );
}

/** The plan a person consents to: totals first, then every step. */
function PlanView({ plan, language }: { plan: SetupPlan; language: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (plan.steps.length === 0) {
    return (
      <MessageBar intent="success" data-testid="plan-empty">
        <MessageBarBody>{t('setup.nothingToDo')}</MessageBarBody>
      </MessageBar>
    );
  }
  const admin = plan.steps.filter((p) => p.elevation === 'admin').length;
  return (
    <>
      {plan.backup && <BackupChoice offer={plan.backup} />}
      <Text className={styles.summary} data-testid="plan-summary">
        {t('setup.summary', { steps: plan.steps.length, size: formatBytes(plan.downloadBytes, language), minutes: estimateMinutes(plan.seconds) })}
        {admin > 0 && ` ${t('setup.summaryAdmin', { count: admin })}`}
        {plan.mayReboot && ` ${t('setup.summaryReboot')}`}
      </Text>
      <ul className={styles.list} data-testid="plan-steps">
        {plan.steps.map((step) => (
          <PlannedStepRow key={step.stepId} step={step} />
        ))}
      </ul>
    </>
  );
}
