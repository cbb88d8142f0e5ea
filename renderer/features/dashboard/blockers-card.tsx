import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../electron/contract/checks.js';
import { CheckStatusBadge } from '../../components/status-badge.js';
import { useMsg } from '../../i18n/use-msg.js';
import { FixText } from './fix-text.js';

const useStyles = makeStyles({
  card: { borderInlineStartWidth: '4px', borderInlineStartStyle: 'solid', borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold },
  fix: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  blockers: readonly CheckResult[];
  onOpenStep(stepId: string): void;
}

/**
 * The failing checks above everything else, each with what to do: on a PC whose virtualization
 * is off in firmware the first thing a person reads is that, not a column of passes.
 */
export function BlockersCard({ blockers, onOpenStep }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  return (
    <Card className={styles.card} role="region" aria-labelledby="blockers-heading" data-testid="blockers">
      <Text as="h3" id="blockers-heading" className={styles.heading}>
        {t('dashboard.blockers.title', { count: blockers.length })}
      </Text>
      <ol className={styles.list}>
        {blockers.map((check) => (
          <li key={check.id} className={styles.item} data-testid={`blocker-${check.id}`}>
            <div className={styles.head}>
              <CheckStatusBadge status={check.status} label={t(`check.${check.status}`)} />
              <Text className={styles.title}>{m(check.title)}</Text>
            </div>
            <Text>{m(check.summary)}</Text>
            {check.fix && <FixText fix={check.fix} onOpenStep={onOpenStep} className={styles.fix} testId={`blocker-fix-${check.id}`} />}
          </li>
        ))}
      </ol>
    </Card>
  );
}
