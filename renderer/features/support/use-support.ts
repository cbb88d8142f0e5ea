import { useCallback, useEffect, useState } from 'react';
import type { OpenedBundle, SupportInfo, SupportPreview } from '../../../electron/contract/support.js';
import { invoke } from '../../ipc/client.js';
import { useAppState } from '../../store/context.js';

/** Which of the panel's calls is under way (one at a time per button). */
export type SupportBusy = 'preview' | 'export' | 'open' | null;

/** What the last save did: saved (where, under which id), or the person cancelled the dialog. */
export type SavedState = { saved: true; path: string; bundleId: string; bytes: number } | { saved: false } | null;

/**
 * The Support panel's state, kept in the panel: a preview, the last save, an opened bundle and
 * the app's info. Errors go to the app's error bar like every other channel's.
 */
export function useSupport() {
  const setError = useAppState((s) => s.setError);
  const [info, setInfo] = useState<SupportInfo | null>(null);
  const [preview, setPreview] = useState<SupportPreview | null>(null);
  const [saved, setSaved] = useState<SavedState>(null);
  const [opened, setOpened] = useState<OpenedBundle | null | 'none'>(null);
  const [busy, setBusy] = useState<SupportBusy>(null);

  useEffect(() => {
    void invoke('support:info').then((r) => (r.ok ? setInfo(r.value) : setError(r.error)));
  }, [setError]);

  const makePreview = useCallback(async (): Promise<SupportPreview | null> => {
    setBusy('preview');
    const r = await invoke('support:preview');
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    setPreview(r.value);
    setSaved(null);
    return r.value;
  }, [setError]);

  const save = useCallback(async () => {
    if (!preview) return;
    setBusy('export');
    const r = await invoke('support:export', { token: preview.token });
    setBusy(null);
    if (r.ok) setSaved(r.value);
    else setError(r.error);
  }, [preview, setError]);

  const open = useCallback(async () => {
    setBusy('open');
    const r = await invoke('support:open');
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setOpened(r.value.opened ? r.value.bundle : 'none');
  }, [setError]);

  const openLogs = useCallback(async () => {
    const r = await invoke('support:open-logs');
    if (!r.ok) setError(r.error);
  }, [setError]);

  return { info, preview, saved, opened, busy, makePreview, save, open, closeBundle: () => setOpened(null), openLogs };
}
