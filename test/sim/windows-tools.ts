import fs from 'node:fs';
import path from 'node:path';
import { reachabilityCommand } from '../../electron/host/network/commands.js';
import { nvidiaSmiBaseQueryCommand, nvidiaSmiQueryCommand } from '../../electron/host/nvidia-smi/commands.js';
import { inventoryCommand } from '../../electron/host/powershell/commands.js';
import { inventoryJson, reachabilityJson } from './inventory.js';
import { noRule } from './no-rule.js';
import { applyRestart } from './restart.js';
import { FEATURES } from './state.js';
import { FIXTURES, fixtureBytes, recordedLines } from './texts.js';
import { text, type ToolContext, type ToolResult } from './tool-result.js';

/**
 * powershell.exe, nvidia-smi.exe, dism.exe, reg.exe, shutdown.exe and taskkill.exe of the
 * simulated PC. Each answers exactly the argv the app sends (electron/host/**, the setup
 * command catalogue of the shared design) and nothing else.
 */

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Windows' text for ERROR_SUCCESS, recorded in both languages (reg.exe prints it too). */
function successLine(ctx: ToolContext): string {
  const lines = ctx.state.windows.language === 'ja' ? recordedLines('sim/wsl-import-ok.ja.utf-8.txt') : recordedLines('host/wsl/install/07-en.utf-8.txt');
  return lines[lines.length - 1] ?? '';
}

/** The inventory and reachability scripts, told apart by their exact encoded argv. */
export function powershellExe(ctx: ToolContext): ToolResult {
  if (same(ctx.args, inventoryCommand('powershell.exe').args)) return { stdout: Buffer.from(inventoryJson(ctx.state)), exitCode: 0 };
  if (same(ctx.args, reachabilityCommand('powershell.exe').args)) return { stdout: Buffer.from(reachabilityJson(ctx.state)), exitCode: 0 };
  return noRule('powershell.exe', ctx.args);
}

/** Recorded nvidia-smi.exe answers of the machine's NVIDIA driver (test/fixtures/scenarios/nvidia-smi). */
export function nvidiaSmiExe(ctx: ToolContext): ToolResult {
  const name = ctx.state.nvidiaSmi;
  if (name === null) return noRule('nvidia-smi.exe', ctx.args);
  const file = (kind: string) => `scenarios/nvidia-smi/${name}.${kind}.utf-8.txt`;
  if (ctx.args.length === 0) return { stdout: fixtureBytes(file('table')), exitCode: 0 };
  if (same(ctx.args, nvidiaSmiQueryCommand('nvidia-smi.exe').args)) return { stdout: fixtureBytes(file('query')), exitCode: 0 };
  if (same(ctx.args, nvidiaSmiBaseQueryCommand('nvidia-smi.exe').args)) {
    const retry = fs.existsSync(path.join(FIXTURES, file('query-retry'))) ? file('query-retry') : file('query');
    return { stdout: fixtureBytes(retry), exitCode: 0 };
  }
  return noRule('nvidia-smi.exe', ctx.args);
}

/**
 * `dism.exe /Online /Enable-Feature /FeatureName:X /All /NoRestart`: a disabled or pending
 * feature becomes enable-pending and the CBS RebootPending key appears; exit 3010. Already
 * enabled: exit 0. The banner is reconstructed (DISM's text is never judged, only its code).
 */
export function dismExe(ctx: ToolContext): ToolResult {
  const lower = ctx.args.map((a) => a.toLowerCase());
  const featureArg = lower.find((a) => a.startsWith('/featurename:'));
  const known = ['/online', '/enable-feature', '/all', '/norestart'];
  if (!featureArg || !known.every((k) => lower.includes(k)) || lower.length !== 5) return noRule('dism.exe', ctx.args);
  const feature = FEATURES.find((f) => f.toLowerCase() === featureArg.slice('/featurename:'.length));
  const w = ctx.state.windows;
  const banner = `\nDeployment Image Servicing and Management tool\nVersion: 10.0.${w.build}.1\n\nImage Version: 10.0.${w.build}.${w.ubr}\n\n`;
  if (!feature) return text(`${banner}Error: 0x800f080c\n\nFeature name ${featureArg.slice(13)} is unknown.\n`, 0x800f080c | 0);
  const enabling = `${banner}Enabling feature(s)\n[==========================100.0%==========================]\n${successLine(ctx)}\n`;
  if (ctx.state.features[feature] === 'enabled') return text(enabling);
  ctx.state.features[feature] = 'enable-pending';
  ctx.state.pendingReboot.cbsRebootPending = true;
  return text(`${enabling}Restart Windows to complete this operation.\n`, 3010);
}

const RUN_ONCE_KEY = 'hkcu\\software\\microsoft\\windows\\currentversion\\runonce';

/** `reg.exe add|delete HKCU\…\RunOnce /v NAME [/t REG_SZ /d DATA] /f` (the resume registration). */
export function regExe(ctx: ToolContext): ToolResult {
  const [verb, key, ...rest] = ctx.args;
  if (key?.toLowerCase() !== RUN_ONCE_KEY) return noRule('reg.exe', ctx.args);
  const opt = (flag: string) => {
    const i = rest.findIndex((a) => a.toLowerCase() === flag);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const name = opt('/v');
  if (name === undefined || !rest.some((a) => a.toLowerCase() === '/f')) return noRule('reg.exe', ctx.args);
  if (verb?.toLowerCase() === 'add') {
    const data = opt('/d');
    if (data === undefined || opt('/t')?.toUpperCase() !== 'REG_SZ') return noRule('reg.exe', ctx.args);
    ctx.state.runOnce[name] = data;
    return text(`${successLine(ctx)}\n`);
  }
  if (verb?.toLowerCase() === 'delete') {
    if (!(name in ctx.state.runOnce)) return { ...text(''), stderr: Buffer.from('ERROR: The system was unable to find the specified registry key or value.\r\n'), exitCode: 1 };
    delete ctx.state.runOnce[name];
    return text(`${successLine(ctx)}\n`);
  }
  return noRule('reg.exe', ctx.args);
}

/**
 * `shutdown.exe /r /t N`: with N = 0 the machine restarts at once; otherwise the restart waits
 * for its countdown (a test ends it with `restart()`), and `shutdown.exe /a` aborts it.
 */
export function shutdownExe(ctx: ToolContext): ToolResult {
  const [flag, t, seconds] = ctx.args.map((a) => a.toLowerCase());
  if (flag === '/a' && ctx.args.length === 1) {
    if (ctx.state.restartRequested === null) return { ...text(''), stderr: Buffer.from('Unable to abort the system shutdown because no shutdown was in progress.(1116)\r\n'), exitCode: 1116 };
    ctx.state.restartRequested = null;
    return text('');
  }
  if (flag !== '/r' || t !== '/t' || seconds === undefined || !/^\d+$/u.test(seconds) || ctx.args.length !== 3) return noRule('shutdown.exe', ctx.args);
  if (Number(seconds) === 0) applyRestart(ctx.state);
  else ctx.state.restartRequested = { seconds: Number(seconds) };
  return text('');
}

/** `taskkill.exe /PID n [/T] /F`: the runner's way to stop a process tree on Windows. */
export function taskkillExe(ctx: ToolContext): ToolResult {
  const i = ctx.args.findIndex((a) => a.toUpperCase() === '/PID');
  const pid = Number(ctx.args[i + 1]);
  if (i < 0 || !Number.isInteger(pid) || pid <= 0) return noRule('taskkill.exe', ctx.args);
  try {
    process.kill(pid, 'SIGKILL');
    return text(`SUCCESS: The process with PID ${pid} has been terminated.\n`);
  } catch {
    return { ...text(''), stderr: Buffer.from(`ERROR: The process "${pid}" not found.\r\n`), exitCode: 128 };
  }
}
