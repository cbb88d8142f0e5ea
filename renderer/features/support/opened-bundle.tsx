import { Button, Card, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CHECK_CATEGORIES, type CheckResult } from '../../../electron/contract/checks.js';
import type { OpenedBundle } from '../../../electron/contract/support.js';
import { CheckStatusBadge } from '../../components/status-badge.js';
import { useMsg } from '../../i18n/use-msg.js';
import { orderBySeverity } from '../dashboard/order-checks.js';
import { ReadinessBadge } from '../dashboard/readiness-badge.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'grid', gridTemplateColumns: '120px 1fr', gap: tokens.spacingHorizontalL, padding: `${tokens.spacingVerticalS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  evidence: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/** One check of the bundle: verdict in words, title, summary, evidence and the fix as text (no buttons: it is not this PC). */
function BundleCheck({ check }: { check: CheckResult }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  return (
    <div className={styles.row} data-testid={`bundle-check-${check.id}`} data-status={check.status}>
      <div>
        <CheckStatusBadge status={check.status} label={t(`check.${check.status}`)} />
      </div>
      <div className={styles.body}>
        <Text className={styles.title}>{m(check.title)}</Text>
        <Text className={styles.muted}>{m(check.summary)}</Text>
        {check.evidence.length > 0 && (
          <ul className={styles.evidence}>
            {check.evidence.map((e, i) => (
              <li key={i}>
                {m(e.label)}: <span className={styles.value}>{e.value}</span>
              </li>
            ))}
          </ul>
        )}
        {check.fix && check.status !== 'pass' && (
          <Text className={styles.muted}>
            {t('dashboard.fix')}: {m(check.fix.text)}
          </Text>
        )}
      </div>
    </div>
  );
}

/** Someone's bundle, read-only, under a banner that says in words it is not this PC. */
export function OpenedBundleView({ bundle, onClose }: { bundle: OpenedBundle; onClose(): void }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const time = new Date(bundle.createdAt);
  const platform = `${t(`support.platform.${bundle.platform.platform}`)}${bundle.platform.simulated ? ` ${t('support.simulated')}` : ''}`;
  return (
    <section className={styles.root} data-testid="opened-bundle" data-bundle-id={bundle.bundleId} aria-label={t('support.notThisPc')}>
      <MessageBar intent="warning" data-testid="not-this-pc" icon={<span aria-hidden="true">⚠</span>}>
        <MessageBarBody>
          <MessageBarTitle>{t('support.notThisPc')}</MessageBarTitle>
          {t('support.notThisPcText', {
            file: bundle.fileName,
            id: bundle.bundleId,
            time: Number.isNaN(time.getTime()) ? bundle.createdAt : time.toLocaleString(i18n.language),
            app: bundle.app.name,
            version: bundle.app.version,
            platform,
          })}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="transparent" data-testid="close-bundle" onClick={onClose}>
            {t('support.closeBundle')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <div>
        <ReadinessBadge readiness={bundle.report.readiness} />
      </div>
      {CHECK_CATEGORIES.map((category) => {
        const inGroup = bundle.report.checks.filter((c) => c.category === category);
        if (inGroup.length === 0) return null;
        return (
          <Card key={category}>
            <Text as="h4" className={styles.group}>
              {t(`category.${category}`)}
            </Text>
            {orderBySeverity(inGroup).map((check) => (
              <BundleCheck key={check.id} check={check} />
            ))}
          </Card>
        );
      })}
    </section>
  );
}
