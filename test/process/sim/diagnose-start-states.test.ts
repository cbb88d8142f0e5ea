import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import { UNANSWERED_FILE } from '../../sim/run-tool.js';
import { START_STATES } from '../../sim/start-states.js';
import { runCliProcess } from './run-cli-process.js';

// The real CLI (`wsl-gpu-setup diagnose --json`, its own process) against every start state:
// every probe the app runs today must get an answer, never the simulation's "no rule" (97).

const pcs: SimulatedPc[] = [];
afterAll(() => pcs.splice(0).forEach((pc) => pc.dispose()));

const diagnose = (env: Record<string, string>): ReturnType<typeof runCliProcess> => runCliProcess(['diagnose', '--json'], env);

describe('diagnose on every start state', () => {
  it.each(START_STATES)('%s: every probe is answered', { timeout: 120_000 }, async (name) => {
    const pc = await createSimulatedPc(name);
    pcs.push(pc);
    const run = await diagnose(pc.env);
    expect(run.stderr).toBe('');
    // 0 = nothing failed, 1 = a check failed: both are reports.
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout) as { facts: { host: { platform: string; simulated: boolean }; windows: { build: number } | null } };
    expect(report.facts.host).toEqual({ platform: 'windows', simulated: true });
    expect(report.facts.windows?.build).toBe(pc.state().windows.build);
    expect(fs.existsSync(path.join(pc.dir, UNANSWERED_FILE)) ? fs.readFileSync(path.join(pc.dir, UNANSWERED_FILE), 'utf8') : '').toBe('');
    const tools = new Set(pc.calls().map((c) => c.tool));
    expect(tools).toContain('powershell.exe');
    expect(tools).toContain('wsl.exe');
    expect(tools.has('nvidia-smi.exe')).toBe(pc.state().nvidiaSmi !== null);
  });
});
