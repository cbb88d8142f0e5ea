import { Button, Card, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SupportPreview } from '../../../electron/contract/support.js';
import { formatBytes } from '../setup/format-size.js';
import { bundleTotals, redactionRows } from './bundle-summary.js';
import { CopyButton } from './copy-button.js';
import { FigureTable } from './figure-table.js';
import type { SavedState, SupportBusy } from './use-support.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  path: { fontFamily: tokens.fontFamilyMonospace },
  scroll: { maxHeight: '240px', overflow: 'auto' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  preview: SupportPreview | null;
  saved: SavedState;
  busy: SupportBusy;
  onPreview(): void;
  onSave(): void;
}

/** Export diagnostics: preview exactly what the bundle holds, then save it and quote its id. */
export function ExportCard({ preview, saved, busy, onPreview, onSave }: Props) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const size = (n: number) => formatBytes(n, i18n.language);
  const num = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const totals = preview ? bundleTotals(preview.files) : null;
  const redactions = preview ? redactionRows(preview.redactions) : null;
  return (
    <Card className={styles.card} data-testid="support-export">
      <Text as="h3" className={styles.heading}>
        {t('support.export')}
      </Text>
      <Text>{t('support.exportIntro')}</Text>
      <div className={styles.row}>
        <Button appearance={preview ? 'secondary' : 'primary'} data-testid="support-preview" disabled={busy !== null} onClick={onPreview}>
          {t('support.preview')}
        </Button>
        {busy === 'preview' && <Spinner size="tiny" label={t('support.previewing')} />}
      </div>
      {preview && totals && redactions && (
        <>
          {/* A scrolling region must be reachable by keyboard (WCAG 2.1.1): focusable, named by its table's caption. */}
          <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('support.files', { count: totals.count, size: size(totals.bytes) })}>
            <FigureTable
              testId="support-files"
              caption={t('support.files', { count: totals.count, size: size(totals.bytes) })}
              head={[t('support.fileCol'), t('support.sizeCol')]}
              nameClassName={styles.path}
              rows={preview.files.map((f) => ({ key: f.path, name: f.path, figure: size(f.bytes), attrs: { 'data-testid': 'support-file', 'data-path': f.path, 'data-bytes': f.bytes } }))}
            />
          </div>
          <FigureTable
            testId="support-redactions"
            attrs={{ 'data-total': redactions.total }}
            caption={redactions.total > 0 ? t('support.redactions', { count: num(redactions.total) }) : t('support.redactionsNone')}
            head={[t('support.kindCol'), t('support.countCol')]}
            rows={redactions.rows.map((r) => ({ key: r.kind, name: r.known ? t(`support.kind.${r.kind}`) : r.kind, figure: num(r.count), attrs: { 'data-testid': `support-redaction-${r.kind}`, 'data-count': r.count } }))}
          />
          <div className={styles.row}>
            <Button appearance="primary" data-testid="support-save" disabled={busy !== null} onClick={onSave}>
              {t('support.save')}
            </Button>
            {busy === 'export' && <Spinner size="tiny" label={t('support.saving')} />}
          </div>
        </>
      )}
      {saved && (
        <div data-testid="support-saved" data-saved={saved.saved}>
          {saved.saved ? (
            <>
              <Text role="status">{t('support.saved', { path: saved.path, size: size(saved.bytes) })}</Text>
              <div className={styles.row}>
                <Text>{t('support.bundleId')}:</Text>
                <Text className={styles.id} data-testid="support-bundle-id">
                  {saved.bundleId}
                </Text>
                <CopyButton label={t('support.copyId')} text={() => Promise.resolve(saved.bundleId)} testId="support-copy-id" />
              </div>
              <Text className={styles.muted}>{t('support.bundleIdHint')}</Text>
            </>
          ) : (
            <Text role="status">{t('support.notSaved')}</Text>
          )}
        </div>
      )}
    </Card>
  );
}
