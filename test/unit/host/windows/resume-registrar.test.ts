import { describe, expect, it } from 'vitest';
import { createResumeRegistrar, NoResumeRegistrar, ResumeRegistrationError, WindowsResumeRegistrar } from '../../../../electron/host/windows/resume-registrar.js';
import type { CommandSpec } from '../../../../electron/runner/command.js';
import type { ExecResult, ExecRunnerLike } from '../../../../electron/runner/runner.js';

const REG = 'C:\\Windows\\System32\\reg.exe';
const APP = 'C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe';
const RUN_ID = '3f2b8c1e-5d4a-4e7b-9c2d-1a6f0e8b7c35';

type Answer = Partial<ExecResult>;

/** Answers each reg.exe call by its verb (add/delete/query) and records the argv. */
class FakeExec implements ExecRunnerLike {
  readonly calls: string[][] = [];
  constructor(private readonly answers: Record<string, Answer[]>) {}

  exec(spec: CommandSpec): Promise<ExecResult> {
    this.calls.push([spec.file, ...spec.args]);
    const answer = this.answers[spec.args[0] ?? '']?.shift() ?? { exitCode: 0 };
    return Promise.resolve({ exitCode: 0, signal: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), stoppedBy: null, durationMs: 5, launchError: null, truncated: false, ...answer });
  }
}

function registrar(answers: Record<string, Answer[]> = {}) {
  const exec = new FakeExec(answers);
  return { exec, reg: new WindowsResumeRegistrar({ exec, regExe: REG, appExe: APP }) };
}

const verbs = (exec: FakeExec) => exec.calls.map((c) => c[1]);

describe('WindowsResumeRegistrar', () => {
  it('register runs reg.exe add with the RunOnce argv', async () => {
    const { exec, reg } = registrar();
    await reg.register(RUN_ID);
    expect(exec.calls).toEqual([[REG, 'add', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce', '/v', '!WslGpuSetupResume', '/t', 'REG_SZ', '/d', `"${APP}" --resume`, '/f']]);
  });

  it('register: reg.exe exit 1 rejects with the exit code', async () => {
    const { reg } = registrar({ add: [{ exitCode: 1 }] });
    await expect(reg.register(RUN_ID)).rejects.toThrow(new ResumeRegistrationError('Could not register the resume after restart: reg.exe exit code 1'));
  });

  it('register: reg.exe that cannot start rejects', async () => {
    const { reg } = registrar({ add: [{ exitCode: null, launchError: 'spawn reg.exe ENOENT' }] });
    await expect(reg.register(RUN_ID)).rejects.toThrow(/could not start reg.exe \(spawn reg.exe ENOENT\)/);
  });

  it('register: 4294967295 is -1, a failure', async () => {
    const { reg } = registrar({ add: [{ exitCode: 4294967295 }] });
    await expect(reg.register(RUN_ID)).rejects.toThrow(/exit code 4294967295/);
  });

  it('unregister: delete succeeds, nothing else runs', async () => {
    const { exec, reg } = registrar({ delete: [{ exitCode: 0 }] });
    await reg.unregister();
    expect(verbs(exec)).toEqual(['delete']);
  });

  it('unregister: value already gone (delete 1, query 1) is success', async () => {
    const { exec, reg } = registrar({ delete: [{ exitCode: 1 }], query: [{ exitCode: 1 }] });
    await reg.unregister();
    expect(verbs(exec)).toEqual(['delete', 'query']);
    expect(exec.calls[1]).toEqual([REG, 'query', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce', '/v', '!WslGpuSetupResume']);
  });

  it('unregister: delete failed and the value is still there (query 0) rejects', async () => {
    const { reg } = registrar({ delete: [{ exitCode: 1 }], query: [{ exitCode: 0 }] });
    await expect(reg.unregister()).rejects.toThrow(/Could not remove the resume entry: reg.exe exit code 1/);
  });

  it('unregister: reg.exe that cannot start rejects without a query', async () => {
    const { exec, reg } = registrar({ delete: [{ exitCode: null, launchError: 'spawn EACCES' }] });
    await expect(reg.unregister()).rejects.toThrow(ResumeRegistrationError);
    expect(verbs(exec)).toEqual(['delete']);
  });

  it('refuses a bad app path when made, before any restart is due', () => {
    expect(() => new WindowsResumeRegistrar({ exec: new FakeExec({}), regExe: REG, appExe: 'C:\\a"b.exe' })).toThrow(/not a usable app executable/);
  });
});

describe('createResumeRegistrar', () => {
  it('Windows (real or simulated): the RunOnce registrar', () => {
    const exec = new FakeExec({});
    expect(createResumeRegistrar({ platform: 'windows', simulated: true }, () => ({ exec, regExe: REG, appExe: APP }))).toBeInstanceOf(WindowsResumeRegistrar);
  });

  it('native Linux: a registrar that runs nothing and says why', async () => {
    let asked = false;
    const r = createResumeRegistrar({ platform: 'linux', simulated: false }, () => {
      asked = true;
      throw new Error('no Windows options on Linux');
    });
    expect(r).toBeInstanceOf(NoResumeRegistrar);
    expect((r as NoResumeRegistrar).reason).toMatch(/native Linux/);
    await r.register(RUN_ID);
    await r.unregister();
    expect(asked).toBe(false);
  });
});
