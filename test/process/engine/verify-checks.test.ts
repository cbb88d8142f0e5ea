import { afterEach, describe, expect, it } from 'vitest';
import { createProbeContext } from '../../../electron/app/create-engine.js';
import { diagnoseHost } from '../../../electron/engine/diagnose.js';
import { defaultPlan } from '../../../electron/engine/plan/default-plan.js';
import { verifyChecks, verifyChecksWith } from '../../../electron/engine/verify-checks.js';
import type { VerifyChecks } from '../../../electron/engine/setup/ports.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { CHECK_REFERENCE } from '../../check-reference.js';
import { makeFakeSystemRoot, type FakeSystemRoot } from '../../fakes/system-root.js';
import { windowsMachines } from '../../fakes/windows-scenarios.js';

// Targeted verify through the real runner against fake Windows tools: the recorded calls show
// which probes ran. The machine has a WSL 2 distro, so a full diagnose starts the collector.
const fakes: FakeSystemRoot[] = [];
afterEach(() => fakes.splice(0).forEach((f) => f.dispose()));

function machine() {
  const fake = makeFakeSystemRoot(windowsMachines.pendingReboot);
  fakes.push(fake);
  const env = { ...process.env, ...fake.env };
  return { fake, ctx: createProbeContext(env, new ExecRunner({ baseEnv: env })) };
}

const plan = defaultPlan({ target: 'wsl', bench: false }, CHECK_REFERENCE);
/** A call that starts a distro: the boot allowance or the collector (`--exec` inside the distro). */
const inDistro = (c: { tool: string; args: string[] }) => c.tool === 'wsl.exe' && (c.args.includes('--exec') || c.args.includes('--distribution') || c.args.includes('-d'));
const callText = (c: { tool: string; args: string[] }) => `${c.tool} ${c.args.join(' ').slice(0, 60)}`;

describe('verifyChecks: only the probes the checks need', () => {
  it('the full diagnose on this machine does start the distro (the baseline)', async () => {
    const { fake, ctx } = machine();
    await diagnoseHost(plan, ctx, () => new Date(0));
    expect(fake.calls().filter(inDistro).length).toBeGreaterThanOrEqual(2);
  });

  it('re-verifying wsl.installed runs wsl.exe\'s own local queries only: no distro, no PowerShell, no nvidia-smi, no --list --online', async () => {
    const { fake, ctx } = machine();
    const [result] = await verifyChecks(plan, ctx, ['wsl.installed']);
    expect(result).toMatchObject({ id: 'wsl.installed', status: 'pass' });
    const calls = fake.calls();
    expect(calls.filter(inDistro).map(callText)).toEqual([]);
    // --list --online is a network fetch: only the checks a download error fails wait for it.
    expect(calls.map((c) => c.args.join(' ')).sort()).toEqual(['--list --verbose', '--status', '--version']);
    expect(calls.map((c) => c.tool)).toEqual(['wsl.exe', 'wsl.exe', 'wsl.exe']);
  });

  it('re-verifying preflight.vmp (through the port) runs the inventory and wsl.exe, never the collector, and agrees with a full diagnose', async () => {
    const { fake, ctx } = machine();
    const verify: VerifyChecks = verifyChecksWith(plan, ctx);
    const results = await verify(['preflight.vmp', 'wsl.default-version']);
    expect(results.map((r) => r.id)).toEqual(['preflight.vmp', 'wsl.default-version']);
    const calls = fake.calls();
    expect(calls.filter(inDistro).map(callText)).toEqual([]);
    expect(calls.filter((c) => c.tool === 'nvidia-smi.exe')).toEqual([]);
    expect(calls.filter((c) => c.tool === 'powershell.exe')).toHaveLength(1);

    const full = machine();
    const { report } = await diagnoseHost(plan, full.ctx, () => new Date(0));
    for (const r of results) expect(r).toEqual(report.checks.find((c) => c.id === r.id));
  });

  it('re-verifying a GPU-chain check does run the boot allowance and the collector, with its prerequisites judged', async () => {
    const { fake, ctx } = machine();
    const [torch] = await verifyChecks(plan, ctx, ['framework.torch']);
    expect(fake.calls().filter(inDistro).length).toBeGreaterThanOrEqual(2);
    // The in-distro chain is chosen per GPU vendor from the Windows GPU list (facts.gpus), so the
    // inventory is read too: one PowerShell script, never another (no reachability run).
    const scripts = new Set(fake.calls().filter((c) => c.tool === 'powershell.exe').map((c) => c.args.join(' ')));
    expect(scripts.size).toBe(1);
    const full = machine();
    const { report } = await diagnoseHost(plan, full.ctx, () => new Date(0));
    expect(torch).toEqual(report.checks.find((c) => c.id === 'framework.torch'));
    expect(torch?.status).toBe('pass');
  });

  it('refuses an unknown check id before any process starts', async () => {
    const { fake, ctx } = machine();
    await expect(verifyChecks(plan, ctx, ['no.such-check'])).rejects.toThrow('no.such-check');
    expect(fake.calls()).toEqual([]);
  });
});
