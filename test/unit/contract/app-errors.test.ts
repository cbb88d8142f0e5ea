import { describe, expect, it } from 'vitest';
import { createAppHost } from '../../../electron/app/create-app-host.js';
import { appError, ERROR_CODES, type AppError, type Result } from '../../../electron/contract/errors.js';
import type { DiagnoseReport } from '../../../electron/contract/checks.js';
import { catalogs } from '../../../electron/contract/locales/index.js';
import type { Msg } from '../../../electron/contract/messages.js';
import { initialState, transition, type StepInfo } from '../../../electron/engine/machine.js';
import type { Plan } from '../../../electron/engine/plan/default-plan.js';
import { registerIpc } from '../../../electron/main/ipc/router.js';
import { invoke } from '../../../renderer/ipc/client.js';

// Every error a person can see carries a localized message and a next action whose label is
// localized too, in English and Japanese, with every parameter its text asks for.
function expectShown(error: AppError | undefined, where: string): void {
  expect(error, where).toBeDefined();
  const localized = (m: Msg, what: string) => {
    for (const lang of ['en', 'ja'] as const) {
      const text = catalogs[lang][m.key];
      expect(text, `${where}: ${what} ${m.key} (${lang})`).toBeTruthy();
      for (const [, name] of (text ?? '').matchAll(/\{\{(\w+)\}\}/gu)) expect(m.params?.[name!], `${where}: ${m.key} needs {{${name}}}`).not.toBeUndefined();
    }
  };
  localized(error!.msg, 'msg');
  expect(['step', 'link', 'retry', 'reboot', 'support'], where).toContain(error!.next.kind);
  localized(error!.next.label, 'next');
  expect(error!.message.length, where).toBeGreaterThan(0);
}

const errorOf = (r: Result<unknown> | { ok: boolean; error?: AppError } | null): AppError | undefined => (r && !r.ok ? (r as { error: AppError }).error : undefined);

describe('AppError: a localized message and a next action on every path', () => {
  it.each(ERROR_CODES)('the default for %s', (code) => {
    expectShown(appError(code, `a ${code} failure`), code);
  });

  it('the engine machine refusals: unknown step, wrong platform, busy', () => {
    const info = (id: string, over: Partial<StepInfo> = {}): StepInfo => ({ id, platforms: ['windows'], verify: [], defaultParams: () => ({}), setupOnly: false, ...over });
    const steps: StepInfo[] = [info('wsl.update'), info('linux.only', { platforms: ['linux'] }), info('setup.only', { setupOnly: true }), info('not.here', { defaultParams: () => null })];
    const reported = { ...initialState(), report: { facts: {} } as unknown as DiagnoseReport };
    for (const [stepId, where] of [['setup.only', 'setup only'], ['not.here', 'not applicable']] as const) {
      expectShown(errorOf(transition(reported, { type: 'step-requested', stepId }, steps, 'windows').reply), `machine ${where}`);
    }
    const notFound = transition(initialState(), { type: 'step-requested', stepId: 'no.such' }, steps, 'windows');
    expect(errorOf(notFound.reply)?.code).toBe('not-found');
    expectShown(errorOf(notFound.reply), 'machine not-found');
    const unsupported = transition(initialState(), { type: 'step-requested', stepId: 'linux.only' }, steps, 'windows');
    expect(errorOf(unsupported.reply)?.code).toBe('not-supported');
    expectShown(errorOf(unsupported.reply), 'machine not-supported');
    const started = transition(reported, { type: 'step-requested', stepId: 'wsl.update' }, steps, 'windows');
    const busy = transition(started.state, { type: 'step-requested', stepId: 'wsl.update' }, steps, 'windows');
    expect(errorOf(busy.reply)).toMatchObject({ code: 'busy', next: { kind: 'retry' } });
    expectShown(errorOf(busy.reply), 'machine busy');
  });

  it('the contract host: unknown channel, invalid arguments, no such run, no such step', async () => {
    const empty: Plan = { probes: [], checks: [], stages: [], steps: [] };
    const host = createAppHost({ env: {}, plan: empty });
    try {
      const cases: [string, Promise<Result<unknown>>, string][] = [
        ['unknown-channel', host.invoke('shell:exec', ['x']), 'unknown channel'],
        ['invalid-argument', host.invoke('step:start', [{ stepId: 42 }]), 'invalid arguments'],
        ['not-found', host.invoke('run:resize', [{ runId: 'run-9', cols: 80, rows: 24 }]), 'no such run'],
        ['not-found', host.invoke('step:start', [{ stepId: 'no.such-step' }]), 'no such step'],
      ];
      for (const [code, pending, where] of cases) {
        const error = errorOf(await pending);
        expect(error?.code, where).toBe(code);
        expectShown(error, where);
      }
    } finally {
      await host.dispose();
    }
  });

  it('the IPC router: a call from an untrusted frame', async () => {
    const handlers = new Map<string, (e: unknown, ...args: unknown[]) => Promise<Result<unknown>>>();
    const ipcMain = { handle: (c: string, h: (e: unknown, ...a: unknown[]) => Promise<Result<unknown>>) => handlers.set(c, h), on: () => {}, removeHandler: () => {}, removeAllListeners: () => {} };
    const host = { invoke: () => Promise.resolve({ ok: true, value: null }), send: () => {}, subscribe: () => () => {}, dispose: () => Promise.resolve() };
    // A window already closed: its contents are destroyed, so no sender can match it.
    const closedWindow = { id: 1, isDestroyed: () => true, send: () => {}, on: () => {}, removeListener: () => {} };
    registerIpc(ipcMain as never, host as never, closedWindow, new URL('file:///app/index.html'));
    const reply = await handlers.get('engine:get')!({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } });
    expect(errorOf(reply)?.code).toBe('forbidden-sender');
    expectShown(errorOf(reply), 'router forbidden-sender');
  });

  it('the renderer client: no bridge', async () => {
    const r = await invoke('engine:get');
    expect(errorOf(r)?.code).toBe('internal');
    expectShown(errorOf(r), 'renderer no bridge');
  });
});
