import { describe, expect, it } from 'vitest';
import { LAUNCH_BROKER_SCRIPT, UAC_DECLINED_EXIT } from '../../../electron/broker/launch-script.js';
import { PipeElevator } from '../../../electron/broker/pipe-elevator.js';
import { brokerLaunchCommand, brokerLaunchRequest, launchOutcomeOf, quoteWindowsArg, WindowsBrokerLauncher } from '../../../electron/broker/windows-launcher.js';
import { parseSid } from '../../../electron/broker/windows-sid.js';
import type { ExecResult, ExecRunnerLike } from '../../../electron/runner/runner.js';

const PS = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';

function execResult(extra: Partial<ExecResult>): ExecResult {
  return { exitCode: 0, signal: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), stoppedBy: null, durationMs: 1, launchError: null, truncated: false, ...extra };
}

describe('quoteWindowsArg (CommandLineToArgvW rules)', () => {
  it.each([
    ['--broker', '--broker'],
    ['C:\\Program Files\\App\\resources\\app.asar', '"C:\\Program Files\\App\\resources\\app.asar"'],
    ['a"b', '"a\\"b"'],
    ['C:\\dir with space\\', '"C:\\dir with space\\\\"'],
    ['', '""'],
  ])('%s → %s', (arg, quoted) => {
    expect(quoteWindowsArg(arg)).toBe(quoted);
  });
});

describe('the elevation launch', () => {
  it('raises the prompt through an -EncodedCommand script; the request (and its secret) goes to stdin, never argv', async () => {
    const seen: { args: readonly string[]; stdin: string }[] = [];
    const exec: ExecRunnerLike = {
      exec: (spec, options) => {
        seen.push({ args: spec.args, stdin: String(options?.stdin) });
        return Promise.resolve(execResult({ exitCode: 0 }));
      },
    };
    const secret = 'cd'.repeat(32);
    const launcher = new WindowsBrokerLauncher(exec, { powershellPath: PS, file: 'C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe', prefixArgs: [] });
    expect((await launcher.launch(['--broker', '--pipe', '\\\\.\\pipe\\wsl-gpu-setup-00', '--secret', secret])).kind).toBe('started');
    const [call] = seen;
    expect(call?.args).toEqual(brokerLaunchCommand(PS).args);
    expect(call?.args.join(' ')).not.toContain(secret);
    expect(JSON.parse(call?.stdin ?? '')).toEqual({
      file: 'C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe',
      arguments: `--broker --pipe \\\\.\\pipe\\wsl-gpu-setup-00 --secret ${secret}`,
    });
    expect(brokerLaunchRequest('x.exe', ['a b'])).toBe('{"file":"x.exe","arguments":"\\"a b\\""}');
  });

  it('reads the outcome from the exit code only: 0 started, 1223 declined, anything else failed', () => {
    expect(launchOutcomeOf(execResult({ exitCode: 0 })).kind).toBe('started');
    expect(launchOutcomeOf(execResult({ exitCode: UAC_DECLINED_EXIT, stderr: Buffer.from('Der Vorgang wurde vom Benutzer abgebrochen') }))).toEqual({ kind: 'declined' });
    expect(launchOutcomeOf(execResult({ exitCode: 1 }))).toEqual({ kind: 'failed', reason: 'the elevation script exited with 1' });
    expect(launchOutcomeOf(execResult({ exitCode: null, launchError: 'ENOENT: powershell.exe' }))).toEqual({ kind: 'failed', reason: 'ENOENT: powershell.exe' });
    expect(LAUNCH_BROKER_SCRIPT).toContain(`-eq ${UAC_DECLINED_EXIT}`);
  });

  it('a declined prompt makes the elevator refuse with `declined`', async () => {
    const exec: ExecRunnerLike = { exec: () => Promise.resolve(execResult({ exitCode: UAC_DECLINED_EXIT })) };
    const launcher = new WindowsBrokerLauncher(exec, { powershellPath: PS, file: 'C:\\app.exe', prefixArgs: [] });
    expect(await new PipeElevator({ launcher }).open()).toEqual({ ok: false, refusal: { kind: 'declined' } });
  });
});

describe('parseSid', () => {
  it.each([
    ['S-1-5-21-3623811015-3361044348-30300820-1013\r\n', 'S-1-5-21-3623811015-3361044348-30300820-1013'],
    ['', null],
    ['Zugriff verweigert', null],
    ['S-1-5-21-1-2-3-1001\nS-1-5-18', null],
  ])('%j → %s', (out, sid) => {
    expect(parseSid(Buffer.from(out))).toBe(sid);
  });
});
