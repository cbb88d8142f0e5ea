import { Button, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../electron/contract/checks.js';
import { useMsg } from '../../i18n/use-msg.js';

interface Props {
  fix: NonNullable<CheckResult['fix']>;
  onOpenStep(stepId: string): void;
  className?: string;
  testId: string;
}

/** "How to fix: …" and, when a step fixes it, the button that opens that step. */
export function FixText({ fix, onOpenStep, className, testId }: Props) {
  const { t } = useTranslation();
  const m = useMsg();
  return (
    <div className={className} data-testid={testId}>
      <Text weight="semibold">{t('dashboard.fix')}: </Text>
      <Text>{m(fix.text)}</Text>
      {fix.stepId && (
        <Button size="small" appearance="transparent" onClick={() => onOpenStep(fix.stepId!)}>
          {t('dashboard.runFix')}
        </Button>
      )}
    </div>
  );
}
