import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../ipc/client.js';
import { useAppState } from '../../store/context.js';

/** Seconds before the restart starts on its own, unless the person picks "Later". */
const COUNTDOWN_SECONDS = 60;

/**
 * Windows must restart to go on. A countdown restarts by itself (the setup resumes after
 * sign-in); "Later" stops the countdown and leaves the resume registered.
 */
export function RebootCard({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const setError = useAppState((s) => s.setError);
  const [left, setLeft] = useState(COUNTDOWN_SECONDS);
  const [later, setLater] = useState(false);
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    if (later || asked) return;
    if (left <= 0) {
      setAsked(true);
      void invoke('setup:restart', { runId }).then((r) => (r.ok ? undefined : setError(r.error)));
      return;
    }
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, later, asked, runId, setError]);

  const restartNow = () => {
    setAsked(true);
    void invoke('setup:restart', { runId }).then((r) => (r.ok ? undefined : setError(r.error)));
  };
  return (
    <MessageBar intent="warning" data-testid="reboot-card">
      <MessageBarBody>{later ? t('setup.rebootLater') : asked ? t('setup.rebooting') : t('setup.rebootCountdown', { seconds: left })}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" data-testid="restart-now" disabled={asked} onClick={restartNow}>
          {t('setup.restartNow')}
        </Button>
        {!later && !asked && (
          <Button data-testid="restart-later" onClick={() => setLater(true)}>
            {t('setup.later')}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
