import type { CommandSpec } from '../../runner/command.js';

/**
 * CommandSpec builders for the restart and the one-shot resume after it. Pure: they take the
 * resolved absolute paths of reg.exe / shutdown.exe and return argv arrays, never a command-line
 * string. Sources: Microsoft KB 314866 on the Run/RunOnce keys, domain.md §8.2, reliability.md §2.3.
 */

/** Per-user RunOnce: no admin needed, runs at this user's next logon (HKLM would be machine-wide). */
export const RUN_ONCE_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce';

/**
 * The value NAME carries the `!`: Microsoft documents "prefix a RunOnce value name with an
 * exclamation point (!) to defer deletion of the value until after the command runs"; without it
 * the value is deleted before the command runs, so a crash at logon would lose the resume.
 * (domain.md §8.2 says "value data"; KB 314866 says name, and we follow it. The driver-install
 * RunOnce page speaks of the `value` only because INF RunOnce entries have no name.)
 */
export const RESUME_VALUE_NAME = '!WslGpuSetupResume';

/** The flag the app starts with when Windows runs the RunOnce entry. */
export const RESUME_FLAG = '--resume';

/** shutdown.exe accepts /t up to 315360000 s (10 years); we never need more than an hour. */
const MAX_RESTART_DELAY_S = 3600;

/**
 * The app's executable as RunOnce will start it: a drive-letter absolute path to an `.exe`,
 * normalised (no `.`/`..` segments, no doubled separators), without quotes or characters Windows
 * forbids in file names. Anything else is refused before reg.exe could store it.
 */
export function assertWindowsAppExe(appExe: string): void {
  const bad = (why: string) => new Error(`not a usable app executable for the resume entry (${why}): ${JSON.stringify(appExe)}`);
  if (appExe.length > 32_000) throw bad('too long');
  if (!/^[A-Za-z]:\\/.test(appExe)) throw bad('not an absolute Windows path');
  if (/["<>|?*\u0000-\u001f]/.test(appExe.slice(2))) throw bad('quote or forbidden character');
  if (appExe.slice(2).includes(':')) throw bad('a colon after the drive');
  const segments = appExe.slice(3).split('\\');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[ .]$/.test(s))) throw bad('not a normalised path');
  if (!/\.exe$/i.test(appExe)) throw bad('not an .exe');
}

function spec(file: string, label: string, args: string[]): CommandSpec {
  // Neither tool's output is parsed (it is localized); the exit code is the answer.
  return { file, args, encoding: 'auto', timeoutMs: 15_000, idleTimeoutMs: 0, label };
}

/**
 * `reg.exe add HKCU\…\RunOnce /v !WslGpuSetupResume /t REG_SZ /d "\"<exe>\" --resume" /f`. The
 * data is one argv element holding the quoted path (the path may contain spaces); Node quotes it
 * for CreateProcess so reg.exe stores exactly `"<exe>" --resume`.
 */
export function registerResumeCommand(regExe: string, appExe: string): CommandSpec {
  assertWindowsAppExe(appExe);
  return spec(regExe, 'resume.register', ['add', RUN_ONCE_KEY, '/v', RESUME_VALUE_NAME, '/t', 'REG_SZ', '/d', `"${appExe}" ${RESUME_FLAG}`, '/f']);
}

/** `reg.exe delete HKCU\…\RunOnce /v !WslGpuSetupResume /f` (exit 1 also when the value is already gone). */
export function unregisterResumeCommand(regExe: string): CommandSpec {
  return spec(regExe, 'resume.unregister', ['delete', RUN_ONCE_KEY, '/v', RESUME_VALUE_NAME, '/f']);
}

/** `reg.exe query HKCU\…\RunOnce /v !WslGpuSetupResume`: exit 0 when the value exists, 1 when not. */
export function queryResumeCommand(regExe: string): CommandSpec {
  return spec(regExe, 'resume.query', ['query', RUN_ONCE_KEY, '/v', RESUME_VALUE_NAME]);
}

/** `shutdown.exe /r /t N`: restart after N seconds (Windows shows its own notice; /a aborts). */
export function restartCommand(shutdownExe: string, seconds: number): CommandSpec {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_RESTART_DELAY_S) {
    throw new Error(`restart delay must be a whole number of seconds from 0 to ${MAX_RESTART_DELAY_S}: ${seconds}`);
  }
  return spec(shutdownExe, 'restart', ['/r', '/t', String(seconds)]);
}

/** `shutdown.exe /a`: aborts a restart still counting down (the "later" choice). */
export function abortRestartCommand(shutdownExe: string): CommandSpec {
  return spec(shutdownExe, 'restart.abort', ['/a']);
}
