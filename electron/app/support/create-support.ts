import { readAppVersion } from '../app-version.js';
import type { HostInfo } from '../../contract/platform.js';
import { defaultInDistro, defaultPlan } from '../../engine/plan/default-plan.js';
import { ExecRunner } from '../../runner/exec-runner.js';
import { createProbeContext, loadCheckReference, type EngineOptions } from '../create-engine.js';
import { folderSupportPorts, supportFolders, type SupportPorts } from './support-ports.js';
import { createSupportService, type SupportService } from './support-service.js';

/**
 * Wires the support service for one app host: the same plan and tools as the engine, a probe
 * runner whose log lines the next bundle carries, and the given ports (Electron's dialogs) or
 * the fixed folders under the state folder.
 */
export function createSupport(options: EngineOptions & { version?: string; support?: SupportPorts }, host: HostInfo): SupportService {
  const log = options.log ?? (() => {});
  const lines: string[] = [];
  const runnerLog = (line: string, fields?: Readonly<Record<string, unknown>>) => {
    lines.push(`${new Date().toISOString()} ${line}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
    log(line, fields);
  };
  const exec = options.exec ?? new ExecRunner({ baseEnv: options.env, log: runnerLog });
  const inDistro = { ...defaultInDistro(host.platform), ...(options.probeScriptDir ? { scriptDir: options.probeScriptDir } : {}) };
  const folders = supportFolders(options.env, host);
  return createSupportService({
    plan: options.plan ?? defaultPlan(inDistro, loadCheckReference(log)),
    ctx: createProbeContext(options.env, exec, host),
    takeLogLines: () => lines.splice(0),
    ports: options.support ?? (folders ? folderSupportPorts(folders) : null),
    version: options.version ?? readAppVersion() ?? '0.0.0',
  });
}
