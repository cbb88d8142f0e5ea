import type { FakeScenario } from './system-root.js';

/**
 * Whole-machine scenarios for diagnose runs, built from recorded wsl.exe outputs in
 * test/fixtures/host/wsl (see each fixture's .meta.json for its source). wsl.exe's own failures
 * exit with -1 on Windows; a POSIX fake can only exit 0–255, so they exit 255 here.
 */
const WSL_FAILURE = 255;

/** The in-distro collector, sent on stdin to the default distro (one wsl.exe round trip). */
const PROBE_ARGS = ['-u', 'root', '--exec', '/bin/sh', '-s', '--'];

/** The boot allowance before it: a no-op in the same distro (prints nothing when the distro starts). */
export const BOOT_ARGS = ['-u', 'root', '--exec', '/bin/true'];

export const scenarios = {
  /** WSL 2.0.6 package, English, UTF-16LE as wsl.exe writes on pipes; Ubuntu-20.04 is the default distro. */
  healthyEnglish: {
    'wsl.exe': [
      { args: ['--version'], stdoutFile: 'host/wsl/version/01-en.utf-16le.txt' },
      { args: ['--status'], stdoutFile: 'host/wsl/status/01-en.utf-16le.txt' },
      // Ubuntu-20.04 is the default, beside Rancher Desktop's distros: the collector runs in WSL's default.
      { args: ['--list', '--verbose'], stdoutFile: 'host/wsl/list-verbose/02-en-crcrlf.utf-16le.txt' },
      { args: ['--list', '--online'], stdoutFile: 'host/wsl/list-online/01-en-crlf.utf-16le.txt' },
      { args: BOOT_ARGS, stdout: '' },
      { args: PROBE_ARGS, stdoutFile: 'distro/probe/wsl-rtx4070-healthy.json' },
    ],
  },
  /** Japanese Windows, WSL 2.0.14 package, UTF-16LE with BOM; status in Japanese. */
  japanese: {
    'wsl.exe': [
      { args: ['--version'], stdoutFile: 'host/wsl/version/03-ja-bom.utf-16le.txt' },
      { args: ['--status'], stdoutFile: 'host/wsl/status/r01-ja.utf-16le.txt' },
      { args: ['--list', '--verbose'], stdoutFile: 'host/wsl/list-verbose/r01-ja-none.utf-16le.txt', exitCode: WSL_FAILURE },
    ],
  },
  /** The first Store package (1.0.0.0): installed but older than recommended. */
  oldPackageJapanese: {
    'wsl.exe': [
      { args: ['--version'], stdoutFile: 'host/wsl/version/02-ja.utf-16le.txt' },
      { args: ['--status'], stdoutFile: 'host/wsl/status/r01-ja.utf-16le.txt' },
      { args: ['--list', '--verbose'], stdoutFile: 'host/wsl/list-verbose/01-en.utf-16le.txt' },
    ],
  },
  /** The old inbox wsl.exe: `--version` is an invalid option (usage text), `--status` works. */
  oldInbox: {
    'wsl.exe': [
      { args: ['--version'], stdoutFile: 'host/wsl/error/02-en.utf-8.txt', exitCode: WSL_FAILURE },
      { args: ['--status'], stdoutFile: 'host/wsl/status/01-en.utf-16le.txt' },
      { args: ['--list', '--verbose'], stdoutFile: 'host/wsl/list-verbose/01-en.utf-16le.txt' },
    ],
  },
  /** The WSL service is disabled: every call fails with Wsl/0x80070422. */
  serviceDisabled: {
    'wsl.exe': [{ args: '*', stdoutFile: 'host/wsl/error/20-en.utf-8.txt', exitCode: WSL_FAILURE }],
  },
  /** No wsl.exe at all. */
  notInstalled: {},
} satisfies Record<string, FakeScenario>;

export type ScenarioName = keyof typeof scenarios;
