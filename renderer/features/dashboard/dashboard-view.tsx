import { Button, Card, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CHECK_CATEGORIES } from '../../../electron/contract/checks.js';
import { useAppState } from '../../store/context.js';
import { PasteOutputCard } from '../explain/paste-output-card.js';
import { CheckRow } from './check-row.js';
import { BlockersCard } from './blockers-card.js';
import { blockersOf, countByStatus, orderBySeverity } from './order-checks.js';
import { ReadinessBadge } from './readiness-badge.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  spacer: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  group: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  groupHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** The diagnostics dashboard: readiness, a button to re-run checks, what blocks this PC, checks per category. */
export function DashboardView() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const checks = useAppState((s) => s.checks);
  const readiness = useAppState((s) => s.readiness);
  const checkedAt = useAppState((s) => s.checkedAt);
  const running = useAppState((s) => s.checksRunning);
  const runChecks = useAppState((s) => s.runChecks);
  const selectStep = useAppState((s) => s.selectStep);
  const setView = useAppState((s) => s.setView);
  const openStep = (stepId: string) => {
    selectStep(stepId);
    setView('wizard');
  };
  const blockers = blockersOf(checks);
  const time = checkedAt ? new Date(checkedAt).toLocaleString(i18n.language) : null;
  return (
    <div className={styles.root} data-testid="dashboard">
      <div className={styles.top}>
        <Text as="h2" className={styles.title}>
          {t('dashboard.title')}
        </Text>
        <ReadinessBadge readiness={readiness} />
        <div className={styles.spacer} />
        {time && <Text className={styles.muted}>{t('dashboard.lastRun', { time })}</Text>}
        <Button appearance="primary" data-testid="run-checks" disabled={running} onClick={() => void runChecks()}>
          {t('dashboard.runChecks')}
        </Button>
      </div>
      {running && <Spinner size="small" label={t('dashboard.running')} data-testid="checks-running" />}
      {checks.length === 0 && !running && <Text className={styles.muted}>{t('dashboard.empty')}</Text>}
      {blockers.length > 0 && <BlockersCard blockers={blockers} onOpenStep={openStep} />}
      {CHECK_CATEGORIES.map((category) => {
        const inGroup = checks.filter((c) => c.category === category);
        if (inGroup.length === 0) return null;
        return (
          <Card key={category} data-testid={`check-group-${category}`}>
            <div className={styles.groupHead}>
              <Text as="h3" className={styles.group}>
                {t(`category.${category}`)}
              </Text>
              <Text className={styles.muted} data-testid={`check-group-counts-${category}`}>
                {Object.entries(countByStatus(inGroup))
                  .map(([status, n]) => `${t(`check.${status}`)} ${n}`)
                  .join(' · ')}
              </Text>
            </div>
            {orderBySeverity(inGroup).map((check) => (
              <CheckRow key={check.id} check={check} onOpenStep={openStep} />
            ))}
          </Card>
        );
      })}
      <PasteOutputCard onOpenStep={openStep} />
    </div>
  );
}
