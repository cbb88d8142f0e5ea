import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PlannedStep } from '../../../electron/contract/setup.js';
import { useMsg } from '../../i18n/use-msg.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
  command: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 },
});

/** One step of the plan: what it does, why, whether it needs admin or a restart, and its exact commands. */
export function PlannedStepRow({ step }: { step: PlannedStep }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  return (
    <li className={styles.row} data-testid={`planned-${step.stepId}`}>
      <div className={styles.head}>
        <Text className={styles.title}>{m(step.title)}</Text>
        {step.elevation === 'admin' && (
          <Badge appearance="tint" color="important" data-testid="planned-admin">
            {t('wizard.needsAdmin')}
          </Badge>
        )}
        {step.reboot !== 'never' && (
          <Badge appearance="tint" color="warning" data-testid="planned-reboot">
            {t(step.reboot === 'always' ? 'setup.rebootAlways' : 'setup.rebootMay')}
          </Badge>
        )}
      </div>
      <Text className={styles.reason}>{m(step.reason)}</Text>
      <details open>
        <summary>{t('setup.commands', { count: step.commands.length })}</summary>
        {step.commands.map((c) => (
          <pre key={c.label} className={styles.command} data-testid="planned-command">
            {c.display}
            {c.stdin === 'secret' ? `  ${t('setup.stdinSecret')}` : c.stdin === 'script' ? `  ${t('setup.stdinScript')}` : ''}
          </pre>
        ))}
      </details>
    </li>
  );
}
