import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke, send } from '../../ipc/client.js';
import { useAppState, useOutputChannel } from '../../store/context.js';
import { AckCounter } from './ack-counter.js';
import { countWritten } from './bench-hooks.js';

const useStyles = makeStyles({
  frame: {
    backgroundColor: '#1e1e1e',
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    boxSizing: 'border-box',
    display: 'flex',
    minHeight: '220px',
    flexGrow: 1,
    overflow: 'hidden',
  },
  host: { flexGrow: 1, minWidth: 0, minHeight: 0 },
});

/**
 * The xterm.js view of run output. Output arrives through the output channel (never the
 * store); every batch is written with a callback that feeds the ack counter, so the runner
 * only sends more once xterm has really drawn what it got.
 */
export function TerminalView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const output = useOutputChannel();
  const activeRunId = useAppState((s) => s.activeRun?.runId ?? null);
  const hostRef = useRef<HTMLDivElement>(null);
  const termRef = useRef<{ term: Terminal; fit: FitAddon } | null>(null);
  const runIdRef = useRef<string | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const term = new Terminal({
      disableStdin: true,
      convertEol: false,
      scrollback: 5000,
      fontSize: 13,
      fontFamily: 'Cascadia Mono, Consolas, "DejaVu Sans Mono", monospace',
      theme: { background: '#1e1e1e' },
      // The screen-reader mirror doubles the DOM work per write; users can turn it on in xterm.
      screenReaderMode: false,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    fit.fit();
    termRef.current = { term, fit };
    const acks = new AckCounter();
    const detach = output.attach((event) => {
      if (event.runId !== runIdRef.current) {
        // A new run starts on a clean screen.
        runIdRef.current = event.runId;
        term.reset();
      }
      const { data } = event;
      const chars = data.length;
      term.write(data, () => {
        countWritten(data);
        const release = acks.written(event.runId, chars);
        if (release > 0) send('run:ack', { runId: event.runId, chars: release });
      });
    });
    // A hidden view (the other tab is open) has no size; fitting then would squash the buffer.
    const observer = new ResizeObserver(() => {
      if (host.clientWidth > 0 && host.clientHeight > 0) fit.fit();
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      detach();
      termRef.current = null;
      term.dispose();
    };
  }, [output]);

  useEffect(() => {
    const current = termRef.current;
    if (!current || !activeRunId) return;
    const sendSize = () =>
      void invoke('run:resize', { runId: activeRunId, cols: current.term.cols, rows: current.term.rows });
    sendSize();
    const sub = current.term.onResize(sendSize);
    return () => sub.dispose();
  }, [activeRunId]);

  return (
    <div className={styles.frame}>
      <div ref={hostRef} className={styles.host} role="log" aria-label={t('terminal.label')} data-testid="terminal" />
    </div>
  );
}
