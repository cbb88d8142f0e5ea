import { afterAll, describe, expect, it } from 'vitest';
import { createAppHost } from '../../../electron/app/create-app-host.js';
import type { SetupStatus } from '../../../electron/contract/channels.js';
import type { Result } from '../../../electron/contract/errors.js';
import { finishedStackJournal } from '../../unit/journal/journal-helpers.js';
import { scenarios } from '../../fakes/scenarios.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import type { LogEntry } from '../../unit/engine/setup/fake-ports.js';
import { FakeElevator, FakeExec, FakePty, FakeResume, MemoryJournal } from '../../unit/engine/setup/fake-ports.js';

// `setup:undo` through the contract host: the renderer names a stack, the main process removes
// what the journal recorded for it (the CLI's undo path) and answers with that record.
const VENV = '/home/alice/.local/share/wsl-gpu-setup/venv';
const torchRecord = { stack: 'pytorch' as const, aptPackages: [], aptSources: [], paths: [], pipPackages: { venv: VENV, packages: ['torch', 'torchvision'] } };
const journaled = finishedStackJournal({ stepId: 'stack.pytorch', params: { distro: 'Ubuntu-24.04', user: 'alice' }, record: torchRecord, user: 'alice' });

const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
const log: LogEntry[] = [];
const exec = new FakeExec(log, {});
const journal = new MemoryJournal(log, { kind: 'ok', journal: journaled, recoveredFrom: 'current' });
const host = createAppHost({
  env: { ...process.env, ...fake.env },
  setup: { pty: new FakePty(log, {}), exec, ports: { journal, elevator: new FakeElevator(log, {}), resume: new FakeResume(log) } },
});
afterAll(async () => {
  await host.dispose();
  fake.dispose();
});

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

describe('setup:undo', () => {
  it('setup:get lists the journaled stack with where it is, and the checks\' titles', async () => {
    const status = value<SetupStatus>(await host.invoke('setup:get', []));
    expect(status.installed).toEqual([{ ...torchRecord, distro: 'Ubuntu-24.04', user: 'alice' }]);
    expect(status.checkTitles['framework.torch']).toEqual({ key: 'check.framework.torch.title' });
  });

  it('removes exactly the record (pip uninstall as the user, in its distro), answers with it, and drops it from the journal', async () => {
    const r = value<{ removed: unknown; commands: number }>(await host.invoke('setup:undo', [{ stack: 'pytorch' }]));
    expect(r).toEqual({ removed: { ...torchRecord, distro: 'Ubuntu-24.04', user: 'alice' }, commands: 1 });
    expect(exec.calls.map((c) => c.spec.args)).toEqual([['--distribution', 'Ubuntu-24.04', '--user', 'alice', '--exec', '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${VENV}/bin/python`, '-m', 'pip', 'uninstall', '-y', 'torch', 'torchvision']]);
    expect(journal.saved.at(-1)?.undo).toEqual([]);
    expect(value<SetupStatus>(await host.invoke('setup:get', [])).installed).toEqual([]);
  });

  it('a stack with no record: not-found with a localized message, nothing run', async () => {
    const before = exec.calls.length;
    const r = await host.invoke('setup:undo', [{ stack: 'pytorch' }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', msg: { key: 'cli.setup.undoNotByApp', params: { stack: 'pytorch' } } } });
    expect(exec.calls.length).toBe(before);
  });

  it('takes a stack id only: no paths, packages or unknown stacks from the renderer', async () => {
    for (const args of [[{ stack: 'pytorch', paths: ['/'] }], [{ stack: 'rm -rf' }], [{}], []]) {
      expect(await host.invoke('setup:undo', args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });
});
