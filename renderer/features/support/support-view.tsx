import { Button, Card, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button.js';
import { ExportCard } from './export-card.js';
import { OpenedBundleView } from './opened-bundle.js';
import { useSupport } from './use-support.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  title: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0 },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Support: export this PC's diagnostics, the app's version and logs, and someone's bundle (last: its checks are long). */
export function SupportView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const s = useSupport();
  const summary = async (): Promise<string | null> => (s.preview ?? (await s.makePreview()))?.summaryMarkdown ?? null;
  return (
    <div className={styles.root} data-testid="support">
      <Text as="h2" className={styles.title}>
        {t('support.title')}
      </Text>
      <ExportCard preview={s.preview} saved={s.saved} busy={s.busy} onPreview={() => void s.makePreview()} onSave={() => void s.save()} />

      <Card className={styles.card} data-testid="support-about">
        <Text as="h3" className={styles.heading}>
          {t('support.about')}
        </Text>
        <dl className={styles.facts}>
          <dt>{t('support.version')}</dt>
          <dd className={styles.mono} data-testid="support-version">
            {s.info?.version ?? ''}
          </dd>
          <dt>{t('support.logs')}</dt>
          <dd className={styles.mono} data-testid="support-logs-dir">
            {s.info ? (s.info.logsDir ?? t('support.logsUnknown')) : ''}
          </dd>
        </dl>
        <div className={styles.row}>
          {s.info?.canOpenLogs && (
            <Button data-testid="support-open-logs" onClick={() => void s.openLogs()}>
              {t('support.openLogs')}
            </Button>
          )}
          <CopyButton label={t('support.copySummary')} text={summary} testId="support-copy-summary" disabled={s.busy !== null} />
        </div>
        <Text className={styles.muted}>{t('support.copySummaryHint')}</Text>
      </Card>

      <Card className={styles.card} data-testid="support-open">
        <Text as="h3" className={styles.heading}>
          {t('support.open')}
        </Text>
        <Text>{t('support.openIntro')}</Text>
        <div className={styles.row}>
          <Button data-testid="support-open-bundle" disabled={s.busy !== null} onClick={() => void s.open()}>
            {t('support.openButton')}
          </Button>
          {s.busy === 'open' && <Spinner size="tiny" label={t('support.opening')} />}
          {s.opened === 'none' && (
            <Text role="status" data-testid="support-nothing-opened">
              {t('support.nothingOpened')}
            </Text>
          )}
        </div>
        {s.opened !== null && s.opened !== 'none' && <OpenedBundleView bundle={s.opened} onClose={s.closeBundle} />}
      </Card>
    </div>
  );
}
