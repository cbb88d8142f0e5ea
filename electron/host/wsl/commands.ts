import type { CommandSpec } from '../../runner/command.js';

/**
 * CommandSpec builders for wsl.exe. Pure: they take the resolved absolute path of wsl.exe and
 * return argv arrays, never a command-line string.
 *
 * Every call sets `WSL_UTF8=1` (WSL ≥ 0.64 then prints UTF-8; the inbox wsl.exe ignores it and
 * keeps UTF-16LE, so captures are decoded with `auto`) and `WSL_DISABLE_WARNINGS=1` (warnings
 * would otherwise mix into stderr). Source: domain.md §2.3.
 */
const WSL_ENV = { WSL_UTF8: '1', WSL_DISABLE_WARNINGS: '1' } as const;


function probe(file: string, label: string, args: string[], timeoutMs = 15_000): CommandSpec {
  return { file, args, env: WSL_ENV, encoding: 'auto', timeoutMs, idleTimeoutMs: 0, label };
}

/** `wsl.exe --version`: package versions (the old inbox wsl.exe prints usage instead). */
export function wslVersionCommand(file: string): CommandSpec {
  return probe(file, 'wsl.version', ['--version']);
}

/** `wsl.exe --status`: default distribution and default version. */
export function wslStatusCommand(file: string): CommandSpec {
  return probe(file, 'wsl.status', ['--status']);
}

/** `wsl.exe --list --verbose`: registered distros of this user with state and WSL generation. */
export function wslListVerboseCommand(file: string): CommandSpec {
  return probe(file, 'wsl.list-verbose', ['--list', '--verbose']);
}

/** `wsl.exe --list --online`: installable distros (fetched from the network by wsl.exe). */
export function wslListOnlineCommand(file: string): CommandSpec {
  return probe(file, 'wsl.list-online', ['--list', '--online'], 30_000);
}

/**
 * `wsl.exe --update`: downloads and installs the current WSL package (UAC prompt for the MSI).
 * Run in the pty so the user sees progress; 15 minutes hard, 5 minutes without output.
 */
export function wslUpdateCommand(file: string): CommandSpec {
  return {
    file,
    args: ['--update'],
    env: WSL_ENV,
    encoding: 'utf-8',
    timeoutMs: 15 * 60_000,
    idleTimeoutMs: 5 * 60_000,
    label: 'wsl.update',
  };
}
