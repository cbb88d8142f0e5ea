import { Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupRunView } from '../../../electron/contract/setup.js';
import { useMsg } from '../../i18n/use-msg.js';
import { useAppState } from '../../store/context.js';
import { isPasswordNeeded } from '../../store/slices/setup-slice.js';
import { ReadinessBadge } from '../dashboard/readiness-badge.js';
import { RebootCard } from './reboot-card.js';
import { RunStepRow } from './run-step-row.js';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  done: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** States of a run that nothing in this app is driving: the person continues it. */
const STOPPED = new Set<SetupRunView['state']>(['failed', 'cancelled', 'planned']);

/**
 * A setup run, live or picked up from the journal after a restart: its steps, the restart card,
 * the password asked again (it is never saved), and the readiness once it is done.
 */
export function SetupRunSection({ run }: { run: SetupRunView }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  const s = useAppState((st) => st);
  const [password, setPassword] = useState('');
  const planTitles = new Map((s.plan?.steps ?? []).map((p) => [p.stepId, m(p.title)]));
  const title = (stepId: string) => planTitles.get(stepId) ?? (s.setupTitles[stepId] ? m(s.setupTitles[stepId]) : stepId);
  const checkTitle = (checkId: string) => (s.checkTitles[checkId] ? m(s.checkTitles[checkId]) : checkId);
  const running = run.state === 'running' || s.applying;
  const needsPassword = isPasswordNeeded(s.resumeError);
  return (
    <>
      <Text data-testid="setup-run-state" data-state={run.state}>
        {t(needsPassword || (run.state === 'planned' && !s.applying) ? 'setupRun.continue' : `setupRun.${run.state}`)}
      </Text>
      <ul className={styles.list}>
        {run.steps.map((step) => (
          <RunStepRow key={step.stepId} step={step} title={title(step.stepId)} checkTitle={checkTitle} />
        ))}
      </ul>
      {/* After the restart the journal still says "waiting for a restart" until the resume goes on. */}
      {run.state === 'reboot-pending' && !needsPassword && <RebootCard runId={run.runId} />}
      {needsPassword && s.resumeError && (
        <MessageBar intent="info" data-testid="password-needed">
          <MessageBarBody>{m(s.resumeError.msg)}</MessageBarBody>
        </MessageBar>
      )}
      {needsPassword && (
        <div className={styles.row}>
          <Field label={t('setup.passwordAgain')} hint={t('setup.passwordHint')}>
            <Input data-testid="resume-password" type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          <Button appearance="primary" data-testid="continue-setup" disabled={!password} onClick={() => void s.resumeSetup(password).then(() => setPassword(''))}>
            {t('setup.continue')}
          </Button>
        </div>
      )}
      {run.error && (
        // The run's own error (e.g. its final record could not be saved): what happened and what to do.
        <MessageBar intent="error" data-testid="setup-run-error">
          <MessageBarBody>
            {m(run.error.msg)} {m(run.error.next.label)}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.state === 'done' && (
        <MessageBar intent="success" data-testid="setup-done">
          <MessageBarBody className={styles.done}>
            {t('setup.readinessNote')}
            {s.verifying ? <Spinner size="tiny" label={t('setup.verifying')} /> : <ReadinessBadge readiness={s.setupReadiness} />}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        {running && (
          <Button data-testid="cancel-setup" onClick={() => void s.cancelSetup()}>
            {t('wizard.cancel')}
          </Button>
        )}
        {STOPPED.has(run.state) && !running && !needsPassword && (
          <MessageBar intent="info">
            <MessageBarActions>
              <Button appearance="primary" data-testid="resume-setup" onClick={() => void s.resumeSetup()}>
                {run.state === 'planned' ? t('setup.continue') : t('setup.retry')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </>
  );
}
