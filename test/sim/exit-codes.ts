/**
 * Windows exit codes on a POSIX simulation. A POSIX exit status keeps 8 bits, so a fake tool
 * cannot return 3010 the way dism.exe does: it exits with the low byte (what the kernel keeps),
 * and this table maps those bytes back for the Windows-side tools of the simulated PC. Only
 * codes the simulated Windows tools return are listed; in-distro programs' codes pass through
 * wsl.exe unchanged and must not be widened.
 */
export const WINDOWS_EXIT_CODES = [-1, 3010, 1641, 1618, 1602, 1603] as const;

/** The status a POSIX process can exit with for a Windows exit code. */
export function posixStatus(windowsCode: number): number {
  return windowsCode & 0xff;
}

/** The Windows code behind a simulated Windows tool's POSIX status (itself when not listed). */
export function widenSimExitCode(status: number): number {
  return WINDOWS_EXIT_CODES.find((c) => posixStatus(c) === status) ?? status;
}
