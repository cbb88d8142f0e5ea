import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppHost } from '../../../electron/app/create-app-host.js';
import { bundleIdOf } from '../../../electron/app/support/bundle-id.js';
import { readBundle } from '../../../electron/bundle/read-bundle.js';
import type { DiagnoseReport } from '../../../electron/contract/checks.js';
import type { Result } from '../../../electron/contract/errors.js';
import { BUNDLE_ID_PATTERN, type SupportExport, type SupportInfo, type SupportOpen, type SupportPreview } from '../../../electron/contract/support.js';
import { scenarios } from '../../fakes/scenarios.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

// The Support channels through the contract host, against the real engine's probes on fake
// Windows tools: preview → export exactly that → open it back as someone else's bundle.
const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
const state = fs.mkdtempSync(path.join(os.tmpdir(), 'support-channels-'));
const appState = path.join(state, 'wsl-gpu-setup');
const host = createAppHost({ env: { ...process.env, ...fake.env, XDG_STATE_HOME: state }, version: '9.8.7' });
afterAll(async () => {
  await host.dispose();
  fake.dispose();
  fs.rmSync(state, { recursive: true, force: true });
});

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

describe('support channels', () => {
  let preview: SupportPreview;
  let saved: Extract<SupportExport, { saved: true }>;

  it('support:info: the app version and the logs folder under the state folder; no shell to open it here', async () => {
    expect(value<SupportInfo>(await host.invoke('support:info', []))).toEqual({ version: '9.8.7', logsDir: path.join(appState, 'logs'), canOpenLogs: false });
    expect(await host.invoke('support:open-logs', [])).toMatchObject({ ok: false, error: { code: 'not-supported', msg: { key: 'support.cannotOpenLogs' } } });
  });

  it('support:preview: the bundle built in memory — every file with its size, the redaction counts, a short id — and nothing saved', async () => {
    preview = value<SupportPreview>(await host.invoke('support:preview', []));
    expect(preview.bundleId).toMatch(BUNDLE_ID_PATTERN);
    const paths = preview.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['manifest.json', 'report.md', 'report.json', 'logs/diagnose.log', 'captures/wsl.version.stdout']));
    expect(preview.files.every((f) => Number.isInteger(f.bytes) && f.bytes >= 0)).toBe(true);
    expect(Object.keys(preview.redactions).sort()).toEqual(['credential', 'email', 'env-secret', 'host', 'secret', 'sid', 'token', 'user']);
    expect(preview.summaryMarkdown).toMatch(/^# wsl-gpu-setup diagnostics bundle\n/);
    expect(preview.summaryMarkdown).toContain('| Status | Check | Title | Summary |');
    expect(fs.existsSync(path.join(appState, 'support-bundles'))).toBe(false);
  });

  it('support:export {token}: saves exactly the previewed files as a .zip in the app\'s folder, under the same id', async () => {
    const r = value<SupportExport>(await host.invoke('support:export', [{ token: preview.token }]));
    if (!r.saved) throw new Error('not saved');
    saved = r;
    expect(path.dirname(saved.path)).toBe(path.join(appState, 'support-bundles'));
    expect(path.basename(saved.path)).toMatch(new RegExp(`^wsl-gpu-setup-bundle-\\d{8}-\\d{6}-${preview.bundleId}\\.zip$`));
    expect(saved.bundleId).toBe(preview.bundleId);
    const entries = unzipSync(fs.readFileSync(saved.path));
    expect(Object.entries(entries).map(([p, data]) => ({ path: p, bytes: data.length })).sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(preview.files);
    expect(Buffer.from(entries['report.md']!).toString('utf8')).toBe(preview.summaryMarkdown);
    const read = await readBundle(saved.path);
    if (!read.ok) throw new Error(read.error.message);
    expect(bundleIdOf(read.value.manifest)).toBe(preview.bundleId);
    expect(read.value.manifest.redactions).toEqual(preview.redactions);
  });

  it('support:export takes a minted token only: a stale one is not-found, a path is refused before any handler', async () => {
    expect(await host.invoke('support:export', [{ token: '00000000-0000-4000-8000-000000000000' }])).toMatchObject({ ok: false, error: { code: 'not-found', msg: { key: 'support.previewGone' } } });
    for (const args of [[{ token: preview.token, path: '/tmp/x.zip' }], [{ token: '../../etc/passwd' }], [{}], []]) {
      expect(await host.invoke('support:export', args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });

  it('support:open: nothing in the inbox → not opened; a bundle put there → read back read-only with its id, checks and readiness', async () => {
    expect(value<SupportOpen>(await host.invoke('support:open', []))).toEqual({ opened: false });
    fs.mkdirSync(path.join(appState, 'support-inbox'), { recursive: true });
    fs.copyFileSync(saved.path, path.join(appState, 'support-inbox', 'from-someone.zip'));
    const r = value<SupportOpen>(await host.invoke('support:open', []));
    if (!r.opened) throw new Error('not opened');
    expect(r.bundle).toMatchObject({ bundleId: preview.bundleId, fileName: 'from-someone.zip', createdAt: preview.createdAt, app: { name: 'wsl-gpu-setup', version: '9.8.7' }, platform: { platform: 'windows' } });
    // The bundle came from this (fake) PC: replayed, it gives this PC's own verdicts.
    const live = value<DiagnoseReport>(await host.invoke('checks:run', []));
    const verdicts = (rep: DiagnoseReport) => rep.checks.map((c) => [c.id, c.status]);
    expect(verdicts(r.bundle.report)).toEqual(verdicts(live));
    expect(r.bundle.report.checks.find((c) => c.id === 'wsl.installed')?.status).toBe('pass');
    expect(r.bundle.report.readiness).toBe(live.readiness);
    expect(await host.invoke('support:open', ['/etc/passwd'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('support:open of a file that is not a bundle: a localized error that says why', async () => {
    fs.writeFileSync(path.join(appState, 'support-inbox', 'zzz-newest.zip'), 'not a zip');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(appState, 'support-inbox', 'zzz-newest.zip'), later, later);
    const r = await host.invoke('support:open', []);
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', msg: { key: 'support.openFailed' } } });
    expect(r.ok ? '' : r.error.message).toMatch(/neither a folder nor a zip/);
  });
});

describe('support channels with dialogs (as Electron gives them)', () => {
  const asked: string[] = [];
  const dialogHost = createAppHost({
    env: { ...process.env, ...fake.env, XDG_STATE_HOME: state },
    version: '9.8.7',
    support: {
      chooseSavePath: (name) => {
        asked.push(`save ${name}`);
        return Promise.resolve(null);
      },
      chooseBundle: () => {
        asked.push('open');
        return Promise.resolve(null);
      },
      logsDir: '/var/log/wsl-gpu-setup',
      openLogs: () => {
        asked.push('logs');
        return Promise.resolve(true);
      },
    },
  });
  afterAll(() => dialogHost.dispose());

  it('a cancelled save dialog saves nothing, a cancelled open dialog opens nothing; the logs folder opens through the port', async () => {
    const p = value<SupportPreview>(await dialogHost.invoke('support:preview', []));
    expect(value<SupportExport>(await dialogHost.invoke('support:export', [{ token: p.token }]))).toEqual({ saved: false });
    expect(value<SupportOpen>(await dialogHost.invoke('support:open', []))).toEqual({ opened: false });
    expect(value<SupportInfo>(await dialogHost.invoke('support:info', []))).toEqual({ version: '9.8.7', logsDir: '/var/log/wsl-gpu-setup', canOpenLogs: true });
    expect(value<{ opened: boolean }>(await dialogHost.invoke('support:open-logs', []))).toEqual({ opened: true });
    // The dialog was offered the bundle's name (with its id); nothing else chose a path.
    expect(asked).toEqual([expect.stringMatching(new RegExp(`^save wsl-gpu-setup-bundle-\\d{8}-\\d{6}-${p.bundleId}\\.zip$`)), 'open', 'logs']);
  });
});
