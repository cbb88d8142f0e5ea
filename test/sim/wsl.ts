import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { newDistroState, runInDistro, terminateDistro } from './distro-link.js';
import { hypervisorRuns, rebootPending, type SimDistro, type SimState } from './state.js';
import { FIXTURES, fixtureBytes, fixtureText, LATEST_WSL, PACKAGE_COMPONENTS, recordedLines, resource, wslBytes, wslError, type Language } from './texts.js';
import type { ToolContext, ToolResult } from './tool-result.js';
import { noRule } from './no-rule.js';
import { windowsGpus } from './windows-gpus.js';

/**
 * The simulated wsl.exe: Windows-side commands change and read the state; `--exec` runs are
 * handed to the distro side. Answers are recorded lines where a recording exists and WSL's own
 * resource strings filled from the state otherwise (test/sim/README.md lists which is which).
 * wsl.exe's own failures exit -1 (a POSIX fake exits 255, exit-codes.ts).
 */

const FAILED = -1;

const REC = {
  installComponents: 'host/wsl/install/01-en.utf-8.txt',
  installRebootPending: 'host/wsl/install/02-en.utf-8.txt',
  installVirtualization: 'host/wsl/error/13-en.utf-8.txt',
  packageDownload: 'host/wsl/install/05-en.utf-8.txt',
  usageNoVersion: 'host/wsl/error/02-en.utf-8.txt',
  updateAvailable: 'host/wsl/update/01-en.utf-8.txt',
  updateCurrent: 'host/wsl/update/03-en.utf-8.txt',
  listOnline: 'host/wsl/list-online/01-en.utf-8.txt',
  successEn: 'host/wsl/install/07-en.utf-8.txt',
  storeBlocked: 'sim/wsl-update-store-blocked.en.utf-8.txt',
  setVersion: 'sim/wsl-set-version-progress.en.utf-8.txt',
  setDefaultVersion: 'sim/wsl-list-verbose-set-default-version.en.utf-8.txt',
  distroInstalledJa: 'sim/wsl-distro-install-ok.ja.utf-8.txt',
  successJa: 'sim/wsl-import-ok.ja.utf-8.txt',
} as const;

/** Display names wsl.exe prints for the components and distros it installs. */
const COMPONENT_NAMES = {
  en: { VirtualMachinePlatform: 'Virtual Machine Platform', 'Microsoft-Windows-Subsystem-Linux': 'Windows Subsystem for Linux' },
  ja: { VirtualMachinePlatform: '仮想マシン プラットフォーム', 'Microsoft-Windows-Subsystem-Linux': 'Linux 用 Windows サブシステム' },
} as const;
const FRIENDLY: Record<string, string> = { 'Ubuntu-24.04': 'Ubuntu 24.04 LTS', 'Ubuntu-22.04': 'Ubuntu 22.04 LTS', Ubuntu: 'Ubuntu' };

function lang(state: SimState): Language {
  return state.windows.language;
}

/** wsl.exe writes UTF-8 only when WSL_UTF8=1 reaches a package that honours it. */
function reply(ctx: ToolContext, text: string, exitCode = 0): ToolResult {
  return { stdout: wslBytes(text, ctx.env.WSL_UTF8 === '1' && ctx.state.wsl.kind === 'package'), exitCode };
}

/** "The operation completed successfully." in the display language (both recorded). */
function success(state: SimState): string {
  const lines = lang(state) === 'ja' ? recordedLines(REC.successJa) : recordedLines(REC.successEn);
  return lines[lines.length - 1] ?? '';
}

function noDistributions(ctx: ToolContext): ToolResult {
  const l = lang(ctx.state);
  return reply(ctx, wslError(l, resource(l, 'MessageNoDefaultDistro'), 'Wsl/WSL_E_DEFAULT_DISTRO_NOT_FOUND'), FAILED);
}

/** Constructed: WSL's message for an unknown name is not among the recordings; the code is what parsers read. */
function distroNotFound(ctx: ToolContext, context: string): ToolResult {
  return reply(ctx, wslError(lang(ctx.state), 'There is no distribution with the supplied name.', `Wsl/${context}/WSL_E_DISTRO_NOT_FOUND`), FAILED);
}

function virtualizationOff(ctx: ToolContext): ToolResult {
  const l = lang(ctx.state);
  return reply(ctx, wslError(l, resource(l, 'MessageEnableVirtualization'), 'Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED'), FAILED);
}

/**
 * The `distroStart` fault: the recorded wsl.exe error, as wsl.exe writes it. UTF-8 (line ends
 * CRLF) when WSL_UTF8=1 reaches a package; otherwise the UTF-16LE recording byte for byte where
 * one exists (`-crlf.utf-16le.txt`), else the UTF-8 recording re-encoded.
 */
function recordedStartFailure(ctx: ToolContext, recording: string): ToolResult {
  const utf8 = ctx.env.WSL_UTF8 === '1' && ctx.state.wsl.kind === 'package';
  const utf16 = `${recording}-crlf.utf-16le.txt`;
  if (!utf8 && fs.existsSync(path.join(FIXTURES, utf16))) return { stdout: fixtureBytes(utf16), exitCode: FAILED };
  return reply(ctx, fixtureText(`${recording}.utf-8.txt`), FAILED);
}

/** A running distro stops (its init and daemons end: the distro side says what that changes). */
export function stopDistro(d: SimDistro): void {
  if (d.running) d.state = terminateDistro(d.state as Parameters<typeof terminateDistro>[0]);
  d.running = false;
}

function find(state: SimState, name: string): SimDistro | undefined {
  return state.distros.find((d) => d.name.toLowerCase() === name.toLowerCase());
}

// ---- install ---------------------------------------------------------------------------------

/** Recorded `Installing: X` / `X has been installed.` pairs of install/01 (English); resource lines in Japanese. */
function componentLines(state: SimState, feature: keyof typeof COMPONENT_NAMES.en): string[] {
  if (lang(state) === 'ja') return [resource('ja', 'MessageInstalling', COMPONENT_NAMES.ja[feature])];
  const rec = recordedLines(REC.installComponents);
  const name = COMPONENT_NAMES.en[feature];
  return rec.filter((l) => l === `Installing: ${name}` || l === `${name} has been installed.`);
}

/** The reboot sentence (Windows' text for 3010), recorded in English; not at hand in Japanese, so not printed there. */
function rebootLine(state: SimState): string[] {
  if (lang(state) === 'ja') return [];
  return recordedLines(REC.installComponents).filter((l) => l.includes('rebooted'));
}

interface PlatformStep {
  lines: string[];
  failed: ToolResult | null;
  /** Components enabled by this call (a restart applies them). */
  enabled: string[];
}

/**
 * What `wsl --install` does before any distro: fetch the WSL package when missing (from the
 * Store, or GitHub with `--web-download`) and enable the missing components with dism (VMP; the
 * WSL component too on Windows 10), which then wait for a restart.
 */
function installPlatform(ctx: ToolContext, webDownload: boolean): PlatformStep {
  const { state } = ctx;
  const lines: string[] = [];
  if (state.wsl.kind !== 'package') {
    if (!state.storeReachable && !webDownload) return { lines, failed: reply(ctx, recordedLines(REC.storeBlocked).join('\n'), FAILED), enabled: [] };
    const download = recordedLines(REC.packageDownload).find((l) => l.startsWith('Downloading: ')) ?? 'Downloading: {}';
    const label = `Windows Subsystem for Linux ${LATEST_WSL.replace(/\.0$/u, '')}`;
    lines.push(lang(state) === 'ja' ? resource('ja', 'MessageDownloading', label) : download.replace(/Windows Subsystem for Linux [\d.]+/u, label));
    state.wsl = { kind: 'package', version: LATEST_WSL };
  }
  const wanted: (keyof typeof COMPONENT_NAMES.en)[] = ['VirtualMachinePlatform'];
  if (state.windows.build < 22000) wanted.push('Microsoft-Windows-Subsystem-Linux');
  const enabled = wanted.filter((f) => state.features[f] === 'disabled');
  for (const f of enabled) {
    state.features[f] = 'enable-pending';
    lines.push(...componentLines(state, f));
  }
  if (enabled.length > 0) {
    const before = state.pendingReboot.wslInstallStatus?.split(',') ?? [];
    state.pendingReboot.wslInstallStatus = [...new Set([...before, ...enabled])].join(',');
    state.pendingReboot.cbsRebootPending = true;
    lines.push(...rebootLine(state));
  }
  return { lines, failed: null, enabled };
}

function installDistro(ctx: ToolContext, name: string, webDownload: boolean): ToolResult {
  const { state } = ctx;
  const platform = installPlatform(ctx, webDownload);
  if (platform.failed) return platform.failed;
  // A reboot pending skips the distro step (domain.md §2.2).
  if (platform.enabled.length > 0) return reply(ctx, platform.lines.join('\n'));
  if (rebootPending(state)) return reply(ctx, [...platform.lines, ...recordedLines(REC.installRebootPending)].join('\n'));
  if (find(state, name)) {
    return reply(ctx, wslError(lang(state), 'Cannot create a file when that file already exists.', 'Wsl/InstallDistro/ERROR_ALREADY_EXISTS'), FAILED);
  }
  const version = state.defaultVersion ?? 2;
  if (version === 2 && !hypervisorRuns(state)) return reply(ctx, [...platform.lines, ...recordedLines(REC.installVirtualization)].join('\n'), FAILED);
  state.distros.push({ name, id: `{${crypto.randomUUID()}}`, version, running: false, state: newDistroState(name, version) });
  state.defaultDistro ??= name;
  const friendly = FRIENDLY[name] ?? name;
  const l = lang(state);
  const done = l === 'ja' ? (recordedLines(REC.distroInstalledJa).pop() ?? '').replace(/Ubuntu/gu, name) : null;
  return reply(ctx, [...platform.lines, resource(l, 'MessageDownloading', friendly), resource(l, 'MessageInstalling', friendly), ...(done ? [done] : [])].join('\n'));
}

function install(ctx: ToolContext, rest: string[]): ToolResult {
  const webDownload = rest.includes('--web-download');
  let distro: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '-d' || a === '--distribution') distro = rest[++i] ?? null;
    else if (!a.startsWith('-')) distro ??= a;
  }
  if (rest.includes('--no-distribution')) {
    const platform = installPlatform(ctx, webDownload);
    return platform.failed ?? reply(ctx, platform.lines.join('\n'));
  }
  return installDistro(ctx, distro ?? 'Ubuntu', webDownload);
}

// ---- other commands --------------------------------------------------------------------------

function update(ctx: ToolContext): ToolResult {
  const { state } = ctx;
  if (state.wsl.kind === 'package' && state.wsl.version === LATEST_WSL) return reply(ctx, recordedLines(REC.updateCurrent).join('\n'));
  if (state.wsl.kind !== 'package' && !state.storeReachable) return reply(ctx, recordedLines(REC.storeBlocked).join('\n'), FAILED);
  state.wsl = { kind: 'package', version: LATEST_WSL };
  const lines = recordedLines(REC.updateAvailable).map((l) => l.replace(/version: [\d.]+\./u, `version: ${LATEST_WSL.replace(/\.0$/u, '')}.`));
  return reply(ctx, lines.join('\n'));
}

function version(ctx: ToolContext): ToolResult {
  const { state } = ctx;
  if (state.wsl.kind !== 'package') return reply(ctx, recordedLines(REC.usageNoVersion).join('\n'), FAILED);
  const c = PACKAGE_COMPONENTS[state.wsl.version];
  if (!c) throw new Error(`no recorded component versions for WSL ${state.wsl.version}`);
  const windows = `10.0.${state.windows.build}.${state.windows.ubr}`;
  return reply(ctx, resource(lang(state), 'MessagePackageVersions', state.wsl.version, c.kernel, c.wslg, c.msrdc, c.direct3d, c.dxcore, windows));
}

function status(ctx: ToolContext): ToolResult {
  const { state } = ctx;
  if (state.wsl.kind === 'stub') return noDistributions(ctx);
  const l = lang(state);
  const lines: string[] = [];
  if (state.defaultDistro !== null) lines.push(resource(l, 'MessageStatusDefaultDistro', state.defaultDistro));
  lines.push(resource(l, 'MessageStatusDefaultVersion', String(state.defaultVersion ?? (state.wsl.kind === 'package' ? 2 : 1))));
  if (!hypervisorRuns(state)) lines.push('', resource(l, 'MessageEnableVirtualization'));
  return reply(ctx, lines.join('\n'));
}

/** `printf("%s %-<maxlen+4>s%-16s%s\n", "*"|" ", NAME, STATE, VERSION)` with the hard-coded English header (domain.md §2.3). */
export function listVerboseTable(state: SimState): string {
  const width = Math.max(4, ...state.distros.map((d) => d.name.length)) + 4;
  const row = (mark: string, name: string, st: string, v: string) => `${mark} ${name.padEnd(width)}${st.padEnd(16)}${v}`;
  return [row(' ', 'NAME', 'STATE', 'VERSION'), ...state.distros.map((d) => row(d.name === state.defaultDistro ? '*' : ' ', d.name, d.running ? 'Running' : 'Stopped', String(d.version)))].join('\n');
}

function list(ctx: ToolContext, rest: string[]): ToolResult {
  const { state } = ctx;
  if (rest.includes('--online') || rest.includes('-o')) return reply(ctx, recordedLines(REC.listOnline).join('\n'));
  if (state.wsl.kind === 'stub' || state.distros.length === 0) return noDistributions(ctx);
  if (rest.includes('--verbose') || rest.includes('-v')) return reply(ctx, listVerboseTable(state));
  if (rest.includes('--quiet') || rest.includes('-q')) return reply(ctx, state.distros.map((d) => d.name).join('\n'));
  const l = lang(state);
  const names = state.distros.map((d) => (d.name === state.defaultDistro ? resource(l, 'MessagePrintDistroDefault', d.name) : d.name));
  return reply(ctx, [resource(l, 'MessageRegisteredDistrosHeader'), ...names].join('\n'));
}

function setDefaultVersion(ctx: ToolContext, v: string | undefined): ToolResult {
  const { state } = ctx;
  if (state.wsl.kind === 'stub') return noDistributions(ctx);
  if (v !== '1' && v !== '2') return noRule('wsl.exe', ctx.args);
  state.defaultVersion = v === '2' ? 2 : 1;
  const info = recordedLines(REC.setDefaultVersion).filter((l) => l.includes('aka.ms/wsl2'));
  return reply(ctx, [...info, success(state)].join('\n'));
}

function setVersion(ctx: ToolContext, name: string | undefined, v: string | undefined): ToolResult {
  const { state } = ctx;
  const d = name === undefined ? undefined : find(state, name);
  if (!d) return distroNotFound(ctx, 'Service');
  if (v !== '1' && v !== '2') return noRule('wsl.exe', ctx.args);
  const want = v === '2' ? 2 : 1;
  // Already the requested version: only the code is printed here (the message text is not recorded).
  if (d.version === want) return reply(ctx, wslError(lang(state), '', 'Wsl/Service/WSL_E_VM_MODE_INVALID_STATE').replace(/^\r?\n/u, ''), FAILED);
  if (want === 2 && !hypervisorRuns(state)) return virtualizationOff(ctx);
  stopDistro(d);
  d.version = want;
  // The distro side keeps the generation too (same field name in the stand-in and test/sim/distro).
  d.state = { ...(d.state as object), version: want };
  return reply(ctx, [...recordedLines(REC.setVersion).slice(0, 2), success(state)].join('\n'));
}

function terminate(ctx: ToolContext, name: string | undefined): ToolResult {
  const d = name === undefined ? undefined : find(ctx.state, name);
  if (!d) return distroNotFound(ctx, 'Service');
  stopDistro(d);
  return reply(ctx, success(ctx.state));
}

function exportDistro(ctx: ToolContext, name: string | undefined, file: string | undefined): ToolResult {
  const d = name === undefined ? undefined : find(ctx.state, name);
  if (!d) return distroNotFound(ctx, 'Service');
  if (file === undefined || !fs.existsSync(path.dirname(file))) return reply(ctx, wslError(lang(ctx.state), 'The system cannot find the path specified.', 'Wsl/ERROR_PATH_NOT_FOUND'), FAILED);
  fs.writeFileSync(file, `simulated export of ${d.name}\n`);
  return reply(ctx, success(ctx.state));
}

// ---- in-distro runs --------------------------------------------------------------------------

interface ExecArgs {
  distro: string | null;
  user: string | null;
  argv: string[];
}

/** `[-d D] [-u U] --exec prog args…` (short or long options); null when argv is not that form. */
export function parseExec(args: string[]): ExecArgs | null {
  let distro: string | null = null;
  let user: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-d' || a === '--distribution') distro = args[++i] ?? null;
    else if (a === '-u' || a === '--user') user = args[++i] ?? null;
    else if (a === '--exec' || a === '-e') return { distro, user, argv: args.slice(i + 1) };
    else return null;
  }
  return null;
}

async function exec(ctx: ToolContext, run: ExecArgs): Promise<ToolResult> {
  const { state } = ctx;
  if (state.wsl.kind === 'stub' || state.distros.length === 0) return noDistributions(ctx);
  const name = run.distro ?? state.defaultDistro;
  const d = name === null ? undefined : find(state, name);
  if (!d) return distroNotFound(ctx, 'Service/CreateInstance');
  if (state.faults.distroStart) return recordedStartFailure(ctx, state.faults.distroStart.recording);
  if (d.version === 2 && !hypervisorRuns(state)) return virtualizationOff(ctx);
  // What the distro sees of Windows: the GPUs WSL projects and the WSL package version. An empty
  // user means the distro's default user (no -u given).
  const windows = { gpus: windowsGpus(state), wslVersion: state.wsl.kind === 'package' ? state.wsl.version : '' };
  // The distro side may answer synchronously or with a promise.
  const result = await Promise.resolve(runInDistro(d.state as Parameters<typeof runInDistro>[0], { user: run.user ?? '', argv: run.argv, stdin: await ctx.stdin(), windows }));
  d.state = result.distro;
  d.running = true;
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, ...(result.hang ? { hang: true as const } : {}) };
}

/** Answers one wsl.exe call. */
export async function wslExe(ctx: ToolContext): Promise<ToolResult> {
  const [first, ...rest] = ctx.args;
  const run = parseExec(ctx.args);
  if (run) return exec(ctx, run);
  switch (first) {
    case '--install':
      return install(ctx, rest);
    case '--update':
      return update(ctx);
    case '--version':
    case '-v':
      return version(ctx);
    case '--status':
      return status(ctx);
    case '--list':
    case '-l':
      return list(ctx, rest);
    case '--set-default-version':
      return setDefaultVersion(ctx, rest[0]);
    case '--set-version':
      return setVersion(ctx, rest[0], rest[1]);
    case '--terminate':
    case '-t':
      return terminate(ctx, rest[0]);
    case '--shutdown':
      for (const d of ctx.state.distros) stopDistro(d);
      return reply(ctx, '');
    case '--export':
      return exportDistro(ctx, rest[0], rest[1]);
    default:
      return noRule('wsl.exe', ctx.args);
  }
}
