import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useMsg } from '../i18n/use-msg.js';
import { useAppState } from '../store/context.js';

/** Shows the last error that crossed the boundary, in the user's language, with what to do next. */
export function ErrorBar() {
  const { t } = useTranslation();
  const m = useMsg();
  const error = useAppState((s) => s.error);
  const setError = useAppState((s) => s.setError);
  if (!error) return null;
  return (
    <MessageBar intent="error" data-testid="app-error" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{t('app.error')}</MessageBarTitle>
        {m(error.msg)} <span data-testid="app-error-next" data-kind={error.next.kind}>{m(error.next.label)}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={() => setError(null)}>
          {t('app.dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
