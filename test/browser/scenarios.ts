import type { FakeRule, FakeScenario } from '../fakes/system-root.js';

/**
 * Fake wsl.exe scenarios for the browser tests and the bench. Probe answers replay real
 * outputs stored in test/fixtures/browser/ (see each file's .meta.json).
 */

/** The WSL version the healthy fixture reports (test/fixtures/browser/wsl-version.utf16le.txt). */
export const FIXTURE_WSL_VERSION = '2.0.6.0';

const probes: FakeRule[] = [
  { args: ['--version'], stdoutFile: 'browser/wsl-version.utf16le.txt', exitCode: 0 },
  { args: ['--status'], stdoutFile: 'browser/wsl-status.utf8.txt', exitCode: 0 },
  { args: ['--list', '--verbose'], stdoutFile: 'browser/wsl-list-verbose.utf8.txt', exitCode: 0 },
];

/**
 * `wsl --update` as printed by a real run (github.com/microsoft/WSL/issues/10990, stored as
 * /work/shared/fixtures/real-outputs/wsl-update/01.txt), split into timed chunks with the
 * CRLF line ends a console program writes.
 */
export const UPDATE_LINES = ['Checking for updates.', 'Updating Windows Subsystem for Linux to version: 2.0.14.'];

const update: FakeRule = {
  args: ['--update'],
  chunks: UPDATE_LINES.map((line, i) => ({ data: `${line}\r\n`, delayMs: i === 0 ? 0 : 200 })),
  exitCode: 0,
};

/** WSL installed and current; `wsl --update` prints two lines and succeeds. */
export function healthyScenario(): FakeScenario {
  return { 'wsl.exe': [...probes, update] };
}

/** No wsl.exe in System32 at all: the machine has never had WSL. */
export function notInstalledScenario(): FakeScenario {
  return { 'powershell.exe': [] };
}

/** `wsl --update` prints a line and then never exits (until cancelled). */
export function hangingUpdateScenario(): FakeScenario {
  return { 'wsl.exe': [...probes, { args: ['--update'], stdout: 'Checking for updates.\r\n', hang: true }] };
}

/**
 * `wsl --update` floods `bytes` of numbered 60-byte lines (`line 000000000 xxx…`), then stays
 * a moment before exiting. On Linux a program that exits while the pty is paused can lose the
 * tail the kernel still held (node-pty drops it at hang-up; test/process/runner/pty-paused-exit
 * covers that edge): the pause here keeps this test about flow control in the UI, not about it.
 */
export function floodUpdateScenario(bytes: number): FakeScenario {
  return { 'wsl.exe': [...probes, { args: ['--update'], flood: { bytes }, chunks: [{ data: '', delayMs: 1500 }], exitCode: 0 }] };
}

/** `wsl.exe --update` whose output is another program's (the throughput benches' flood). */
export function programUpdateScenario(program: { file: string; args: string[] }): FakeScenario {
  return { 'wsl.exe': [...probes, { args: ['--update'], program, exitCode: 0 }] };
}

/** The last numbered line a flood of `bytes` writes in full. */
export function lastFloodLine(bytes: number): string {
  const LINE_BYTES = 60;
  return `line ${String(Math.floor(bytes / LINE_BYTES) - 1).padStart(9, '0')}`;
}
