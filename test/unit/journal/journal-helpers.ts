import path from 'node:path';
import type { RunJournal } from '../../../electron/engine/setup/ports.js';
import type { UndoRecord } from '../../../electron/engine/steps/model.js';
import type { JournalFs } from '../../../electron/journal/journal-fs.js';

/** A journal as the engine would write it after `done` steps; `n` is kept in attempts to tell generations apart. */
export function sampleJournal(n = 1): RunJournal {
  return {
    schema: 'wsl-gpu-setup/journal@1',
    runId: '3f2b8c1e-5d4a-4e7b-9c2d-1a6f0e8b7c35',
    profile: 'beginner',
    choices: { distro: 'Ubuntu-24.04', user: 'ada', stacks: ['pytorch'], exportBeforeChange: false },
    createdAt: '2026-12-03T10:00:00.000Z',
    steps: [
      { stepId: 'windows.vmp', params: {}, state: 'done', attempts: n, outcome: 'reboot-required', exitCode: 3010, startedAt: '2026-12-03T10:00:01.000Z', endedAt: '2026-12-03T10:00:09.000Z' },
      { stepId: 'distro.user', params: { distro: 'Ubuntu-24.04', user: 'ada', groups: ['sudo'] }, state: 'running', attempts: 1, outcome: null, exitCode: null, startedAt: '2026-12-03T10:05:00.000Z', endedAt: null },
      { stepId: 'stack.pytorch', params: { distro: 'Ubuntu-24.04', proxy: null, cuda: 13 }, state: 'pending', attempts: 0, outcome: null, exitCode: null, startedAt: null, endedAt: null },
    ],
    rebootRequestedBy: 'windows.vmp',
    resumeRegistered: true,
    undo: [{ stack: 'pytorch', aptPackages: [], aptSources: [], paths: ['/home/ada/.local/share/wsl-gpu-setup/venv'] }],
  };
}

/**
 * The journal a finished run leaves behind: one stack step `done` and the undo record it wrote
 * (what `undo --stack` reads). `user` is the run's chosen Linux user.
 */
export function finishedStackJournal(o: { stepId: string; params: Record<string, unknown>; record: UndoRecord; user: string; profile?: RunJournal['profile']; outcome?: 'ok' | 'changed' }): RunJournal {
  const at = '2026-12-03T10:00:00.000Z';
  return {
    schema: 'wsl-gpu-setup/journal@1',
    runId: '5f0c5a34-8a7e-4a51-9b3c-0c2b8f1d6e21',
    profile: o.profile ?? 'beginner',
    choices: { user: o.user },
    createdAt: at,
    steps: [{ stepId: o.stepId, params: o.params, state: 'done', attempts: 1, outcome: o.outcome ?? 'ok', exitCode: 0, startedAt: at, endedAt: at }],
    rebootRequestedBy: null,
    resumeRegistered: false,
    undo: [o.record],
  };
}

/** An fs error with an errno code, as node:fs throws them. */
export function errnoError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation failed, '${file}'`), { code });
}

/**
 * An in-memory JournalFs. `beforeWrite` runs before each atomic write (throw to fail it, await
 * to hold it); a failed atomic write leaves the file unchanged, as write-file-atomic does.
 */
export class MemoryJournalFs implements JournalFs {
  readonly files = new Map<string, Uint8Array>();
  writes = 0;
  beforeWrite: ((file: string, index: number) => void | Promise<void>) | null = null;

  readFile(file: string): Promise<Uint8Array | null> {
    const data = this.files.get(file);
    return Promise.resolve(data ? Uint8Array.from(data) : null);
  }

  async writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
    const index = this.writes++;
    await this.beforeWrite?.(file, index);
    this.files.set(file, Uint8Array.from(data));
  }

  syncDir(): Promise<void> {
    return Promise.resolve();
  }

  mkdir(): Promise<void> {
    return Promise.resolve();
  }

  readdir(dir: string): Promise<string[]> {
    return Promise.resolve([...this.files.keys()].filter((f) => path.dirname(f) === dir).map((f) => path.basename(f)));
  }

  remove(file: string): Promise<void> {
    this.files.delete(file);
    return Promise.resolve();
  }
}
