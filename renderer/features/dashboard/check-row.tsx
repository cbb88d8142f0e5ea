import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../electron/contract/checks.js';
import { CheckStatusBadge } from '../../components/status-badge.js';
import { useMsg } from '../../i18n/use-msg.js';
import { FixText } from './fix-text.js';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '120px 1fr',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  summary: { color: tokens.colorNeutralForeground2 },
  evidence: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  fix: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  toggle: { alignSelf: 'flex-start' },
});

interface Props {
  check: CheckResult;
  onOpenStep(stepId: string): void;
}

/** One check: verdict, title, summary, expandable evidence and the fix. */
export function CheckRow({ check, onOpenStep }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  const [open, setOpen] = useState(false);
  const listId = `evidence-${check.id}`;
  return (
    <div className={styles.row} data-testid={`check-row-${check.id}`} data-status={check.status}>
      <div>
        <CheckStatusBadge status={check.status} label={t(`check.${check.status}`)} testId={`check-status-${check.id}`} />
      </div>
      <div className={styles.body}>
        <Text className={styles.title}>{m(check.title)}</Text>
        <Text className={styles.summary}>{m(check.summary)}</Text>
        {check.evidence.length > 0 && (
          <Button
            className={styles.toggle}
            size="small"
            appearance="subtle"
            aria-expanded={open}
            aria-controls={listId}
            data-testid={`evidence-toggle-${check.id}`}
            onClick={() => setOpen(!open)}
          >
            {open ? t('dashboard.hideEvidence') : t('dashboard.showEvidence', { count: check.evidence.length })}
          </Button>
        )}
        {open && (
          <ul id={listId} className={styles.evidence} data-testid={`evidence-list-${check.id}`}>
            {check.evidence.map((e, i) => (
              <li key={i}>
                {m(e.label)}: <span className={styles.value}>{e.value}</span>
              </li>
            ))}
          </ul>
        )}
        {check.fix && check.status !== 'pass' && <FixText fix={check.fix} onOpenStep={onOpenStep} className={styles.fix} testId={`check-fix-${check.id}`} />}
      </div>
    </div>
  );
}
