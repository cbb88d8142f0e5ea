import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** The text to copy; may be made on demand (a summary that needs a preview first). Null: nothing to copy. */
  text: () => Promise<string | null>;
  testId: string;
  disabled?: boolean;
}

/** A button that copies text to the clipboard and says, in words, whether it worked. */
export function CopyButton({ label, text, testId, disabled }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    setState('idle');
    const value = await text();
    if (value === null) return;
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span>
      <Button data-testid={testId} disabled={disabled} onClick={() => void copy()}>
        {label}
      </Button>{' '}
      <Text role="status" data-testid={`${testId}-state`} data-state={state}>
        {state === 'copied' ? t('support.copied') : state === 'failed' ? t('support.copyFailed') : ''}
      </Text>
    </span>
  );
}
