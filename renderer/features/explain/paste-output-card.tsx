import { Button, Card, Field, Input, Link, makeStyles, Option, Dropdown, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPLAIN_PASTE_MAX, EXPLAIN_TOOLS, type ExplainResult, type ExplainTool } from '../../../electron/contract/explain.js';
import { OutcomeBadge } from '../../components/status-badge.js';
import { useMsg } from '../../i18n/use-msg.js';
import { invoke } from '../../ipc/client.js';
import { useAppState } from '../../store/context.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { fontFamily: tokens.fontFamilyMonospace },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  lines: { margin: 0, padding: tokens.spacingHorizontalS, fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', backgroundColor: tokens.colorNeutralBackground3 },
  muted: { color: tokens.colorNeutralForeground3 },
});

type ToolChoice = ExplainTool | 'auto';
const EXIT_CODE = /^-?\d{1,10}$/u;

/**
 * "Paste an output": the same classifier as `wsl-gpu-setup explain`, for a person holding what
 * a blog post's command printed. Only the text goes to the main process, never a path.
 */
export function PasteOutputCard({ onOpenStep }: { onOpenStep(stepId: string): void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const m = useMsg();
  const setError = useAppState((s) => s.setError);
  const [text, setText] = useState('');
  const [tool, setTool] = useState<ToolChoice>('auto');
  const [exitCode, setExitCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExplainResult | null>(null);
  const codeValid = exitCode.trim() === '' || EXIT_CODE.test(exitCode.trim());
  const toolLabel = (id: ToolChoice) => (id === 'auto' ? t('explain.tool.auto') : id);

  const explain = async () => {
    setBusy(true);
    const r = await invoke('explain:run', { text, tool, exitCode: exitCode.trim() === '' ? null : Number(exitCode.trim()) });
    setBusy(false);
    if (r.ok) setResult(r.value);
    else setError(r.error);
  };

  return (
    <Card className={styles.card} data-testid="paste-output">
      <Text as="h3" className={styles.heading}>
        {t('explain.title')}
      </Text>
      <Text>{t('explain.intro')}</Text>
      <Field label={t('explain.text')}>
        <Textarea className={styles.text} data-testid="paste-text" resize="vertical" rows={6} maxLength={EXPLAIN_PASTE_MAX} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t('explain.tool')}>
          <Dropdown data-testid="paste-tool" value={toolLabel(tool)} selectedOptions={[tool]} onOptionSelect={(_, d) => setTool((d.optionValue as ToolChoice | undefined) ?? 'auto')}>
            {(['auto', ...EXPLAIN_TOOLS] as const).map((id) => (
              <Option key={id} value={id}>
                {toolLabel(id)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('explain.exitCode')} validationState={codeValid ? 'none' : 'error'} validationMessage={codeValid ? undefined : t('explain.exitCodeInvalid')}>
          <Input data-testid="paste-exit-code" inputMode="numeric" value={exitCode} onChange={(_, d) => setExitCode(d.value)} />
        </Field>
        <Button appearance="primary" data-testid="paste-explain" disabled={busy || text.trim() === '' || !codeValid} onClick={() => void explain()}>
          {t('explain.run')}
        </Button>
        {busy && <Spinner size="tiny" label={t('explain.running')} />}
      </div>
      {result && (
        <div className={styles.result} data-testid="paste-result" data-outcome={result.outcome} data-cause={result.cause ?? ''} role="status">
          <div className={styles.row}>
            <OutcomeBadge status={result.outcome} label={t(`explain.outcome.${result.outcome}`)} testId="paste-outcome" />
            {result.cause && (
              <Text data-testid="paste-cause">
                {t('explain.cause')}: <code>{result.cause}</code>
              </Text>
            )}
            {result.tool && (
              <Text className={styles.muted}>
                {t('explain.toolSeen')}: {result.tool}
              </Text>
            )}
          </div>
          {result.outcome === 'unknown' && <Text>{t('explain.unknownHint')}</Text>}
          {result.next && (
            <div data-testid="paste-next">
              <Text weight="semibold">{t('explain.next')}: </Text>
              <Text>{m(result.next.label)}</Text>{' '}
              {result.next.kind === 'step' && (
                <Button size="small" appearance="transparent" data-testid="paste-open-step" onClick={() => result.next?.kind === 'step' && onOpenStep(result.next.stepId)}>
                  {t('dashboard.runFix')}
                </Button>
              )}
              {result.next.kind === 'link' && (
                <Link href={result.next.url} target="_blank" rel="noreferrer">
                  {result.next.url}
                </Link>
              )}
            </div>
          )}
          {result.evidence.length > 0 && (
            <>
              <Text weight="semibold">{result.outcome === 'unknown' ? t('explain.evidenceUnknown') : t('explain.evidence')}</Text>
              <pre className={styles.lines} data-testid="paste-evidence">
                {result.evidence.join('\n')}
              </pre>
            </>
          )}
          {result.source && (
            <Text className={styles.muted} size={200}>
              {t('explain.source')}: {result.source}
            </Text>
          )}
        </div>
      )}
    </Card>
  );
}
