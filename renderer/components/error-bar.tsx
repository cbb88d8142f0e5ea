import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store/context.js';

/** Shows the last error that crossed the boundary, with its fix when it has one. */
export function ErrorBar() {
  const { t } = useTranslation();
  const error = useAppState((s) => s.error);
  const setError = useAppState((s) => s.setError);
  if (!error) return null;
  return (
    <MessageBar intent="error" data-testid="app-error" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{t('app.error')}</MessageBarTitle>
        {error.message}
        {error.fix ? ` ${error.fix}` : ''}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={() => setError(null)}>
          {t('app.dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
