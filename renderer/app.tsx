import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './components/app-header.js';
import { ErrorBar } from './components/error-bar.js';
import { DashboardView } from './features/dashboard/dashboard-view.js';
import { SupportView } from './features/support/support-view.js';
import { WizardView } from './features/wizard/wizard-view.js';
import { useAppState } from './store/context.js';

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  content: { flexGrow: 1, minHeight: 0, overflow: 'auto', padding: tokens.spacingHorizontalXL, boxSizing: 'border-box' },
  loading: { margin: 'auto' },
});

/** The app shell: header, error banner, and the two views (both stay mounted to keep the terminal). */
export function App() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const language = useAppState((s) => s.language);
  const view = useAppState((s) => s.view);
  const loaded = useAppState((s) => s.engine !== null);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t, language]);

  return (
    <div className={styles.shell}>
      <AppHeader />
      <ErrorBar />
      <main className={styles.content}>
        {!loaded && <Spinner className={styles.loading} label={t('app.loading')} />}
        <div hidden={view !== 'wizard'} style={{ height: '100%' }} data-testid="view-wizard">
          <WizardView />
        </div>
        <div hidden={view !== 'dashboard'} data-testid="view-dashboard">
          <DashboardView />
        </div>
        <div hidden={view !== 'support'} data-testid="view-support">
          <SupportView />
        </div>
      </main>
    </div>
  );
}
