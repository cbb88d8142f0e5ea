import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstalledStack } from '../../../electron/contract/setup.js';
import { useAppState } from '../../store/context.js';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  items: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all', margin: 0 },
});

/**
 * The stacks the journal records as installed by this app, each with "Remove…". The confirm names
 * exactly what the record lists (nothing else is removed); the renderer sends only the stack id.
 */
export function InstalledStacks() {
  const styles = useStyles();
  const { t } = useTranslation();
  const installed = useAppState((s) => s.installedStacks);
  const [removed, setRemoved] = useState<{ stack: string; count: number } | null>(null);
  if (installed.length === 0 && !removed) return null;
  return (
    <section data-testid="installed-stacks" aria-label={t('setup.installed')}>
      <Text as="h3" weight="semibold">
        {t('setup.installed')}
      </Text>
      {removed && (
        <MessageBar intent="success" data-testid="stack-removed">
          <MessageBarBody>{t('setup.removed', { stack: removed.stack, count: removed.count })}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {installed.map((record) => (
          <li key={record.stack} className={styles.row} data-testid={`installed-${record.stack}`}>
            <Text>{t('setup.installedIn', { stack: record.stack, distro: record.distro, user: record.user })}</Text>
            <RemoveStack record={record} onRemoved={(count) => setRemoved({ stack: record.stack, count })} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RemoveStack({ record, onRemoved }: { record: InstalledStack; onRemoved: (commands: number) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const undoStack = useAppState((s) => s.undoStack);
  const [open, setOpen] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = async () => {
    setRemoving(true);
    const r = await undoStack(record.stack);
    setRemoving(false);
    setOpen(false);
    if (r) onRemoved(r.commands);
  };
  // The record's parts, as undo removes them: pip packages, apt packages, apt sources, files.
  const parts: { label: string; items: string[] }[] = [
    ...(record.pipPackages && record.pipPackages.packages.length > 0 ? [{ label: t('setup.removePip', { venv: record.pipPackages.venv }), items: record.pipPackages.packages }] : []),
    { label: t('setup.removeApt'), items: record.aptPackages },
    { label: t('setup.removeSources'), items: record.aptSources },
    { label: t('setup.removePaths'), items: record.paths },
  ].filter((p) => p.items.length > 0);
  return (
    <Dialog open={open} onOpenChange={(_, d) => !removing && setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button data-testid={`remove-${record.stack}`}>{t('setup.remove')}</Button>
      </DialogTrigger>
      <DialogSurface data-testid="remove-dialog">
        <DialogBody>
          <DialogTitle>{t('setup.removeTitle', { stack: record.stack })}</DialogTitle>
          <DialogContent>
            <Text>{t('setup.removeIntro', { stack: record.stack, distro: record.distro, user: record.user })}</Text>
            {parts.map((p) => (
              <div key={p.label}>
                <Text weight="semibold">{p.label}</Text>
                <pre className={styles.items} data-testid="remove-items">
                  {p.items.join('\n')}
                </pre>
              </div>
            ))}
          </DialogContent>
          <DialogActions>
            {removing && <Spinner size="tiny" label={t('setup.removing')} />}
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={removing}>{t('setup.removeKeep')}</Button>
            </DialogTrigger>
            <Button appearance="primary" data-testid="remove-confirm" disabled={removing} onClick={() => void remove()}>
              {t('setup.removeConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
