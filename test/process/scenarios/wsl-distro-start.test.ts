import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import type { CheckResult, DiagnoseReport } from '../../../electron/contract/checks.js';
import { defaultPlan, type Plan } from '../../../electron/engine/plan/default-plan.js';
import { distroProbes } from '../../../electron/engine/probes/distro-probe.js';
import { wslProbes } from '../../../electron/engine/probes/wsl-probes.js';
import { gpuChainChecks } from '../../../electron/engine/checks/gpu-chain/index.js';
import { BOOT_ARGS, scenarios } from '../../fakes/scenarios.js';
import type { FakeRule, FakeScenario, FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import { asRedacted, diagnoseFake, replayed } from './distro-support.js';
import { CHECK_REFERENCE } from '../../check-reference.js';

// Issue #8 points 6 and 10, end to end through the real runner and fake wsl.exe processes: the
// boot allowance before the collector, and the distro the collector runs in.

const PROBE_ARGS = ['-u', 'root', '--exec', '/bin/sh', '-s', '--'];
const HEALTHY_DOC = 'distro/probe/wsl-rtx4070-healthy.json';
const fakes: FakeSystemRoot[] = [];
afterEach(() => fakes.splice(0).forEach((f) => f.dispose()));

/** healthyEnglish's wsl.exe with another `wsl -l -v` and other in-distro answers. */
function wslWith(list: string, inDistro: FakeRule[]): FakeScenario {
  const keep = (scenarios.healthyEnglish['wsl.exe'] ?? []).filter((r) => Array.isArray(r.args) && r.args[0]?.startsWith('--list') && r.args[1] === '--online');
  const base = (scenarios.healthyEnglish['wsl.exe'] ?? []).filter((r) => Array.isArray(r.args) && ['--version', '--status'].includes(r.args[0] ?? ''));
  return { 'wsl.exe': [...base, ...keep, { args: ['--list', '--verbose'], stdoutFile: list }, ...inDistro] };
}

const inDistroCalls = (fake: FakeSystemRoot) => fake.calls().filter((c) => c.args.includes('--exec')).map((c) => c.args.join(' '));
/** What this change adds to facts.distro (a bundle redacts home paths elsewhere in the document). */
const runFacts = (r: DiagnoseReport) => ({ target: r.facts.distro?.wslTarget, boot: r.facts.distro?.boot, collectorMs: r.facts.distro?.collectorMs, probe: r.facts.distro?.probe.error });
const check = (checks: readonly CheckResult[], id: string) => checks.find((c) => c.id === id);

async function cli(scenario: FakeScenario, args: string[]): Promise<{ out: string; fake: FakeSystemRoot }> {
  const fake = makeFakeSystemRoot(scenario);
  fakes.push(fake);
  let out = '';
  await runCli(args, { env: { ...process.env, ...fake.env }, stdout: (t) => (out += t), stderr: () => {} });
  return { out, fake };
}

describe('utility distros: the collector runs in the user\'s own distro', () => {
  const dockerDefault = wslWith('scenarios/wsl/list-verbose-docker-desktop-default.utf-16le.txt', [
    { args: ['-d', 'Ubuntu', ...BOOT_ARGS], stdout: '' },
    { args: ['-d', 'Ubuntu', ...PROBE_ARGS], stdoutFile: HEALTHY_DOC },
  ]);

  it('WSL\'s default is docker-desktop: boot and collector run with -d Ubuntu, and the report says so', async () => {
    const plan = defaultPlan({ target: 'wsl', bench: false }, CHECK_REFERENCE);
    const { fake, captures, report } = await diagnoseFake(dockerDefault, plan, fakes);
    expect(inDistroCalls(fake)).toEqual(['-d Ubuntu -u root --exec /bin/true', '-d Ubuntu -u root --exec /bin/sh -s --']);
    expect(report.facts.distro?.probe.ok).toBe(true);
    expect(report.facts.distro?.wslTarget).toEqual({ name: 'Ubuntu', source: 'instead-of-utility', utility: false, replacedDefault: 'docker-desktop', utilities: [] });
    const wsl2 = check(report.checks, 'distro.wsl2');
    expect(wsl2?.status).toBe('pass');
    expect(wsl2?.evidence).toContainEqual({ label: { key: 'evidence.distro.probed' }, value: 'Ubuntu' });
    expect(wsl2?.evidence).toContainEqual({ label: { key: 'evidence.distro.replacedDefault' }, value: 'docker-desktop' });
    const replay = await replayed(captures, report, plan);
    expect(replay.checks).toEqual(asRedacted(report).checks);
    expect(runFacts(replay)).toEqual(runFacts(asRedacted(report)));
  });

  it('the CLI table names the distro it probed', async () => {
    const { out } = await cli(dockerDefault, ['diagnose', '--target', 'wsl']);
    expect(out).toMatch(/Distro probed: Ubuntu \(WSL's default docker-desktop belongs to a container tool\)/);
  });

  it('only container tools\' distros: nothing runs in a distro, and the chain says there is none', async () => {
    const plan = defaultPlan({ target: 'wsl', bench: false }, CHECK_REFERENCE);
    const { fake, captures, report } = await diagnoseFake(wslWith('host/wsl/list-verbose/01-en.utf-16le.txt', [{ args: '*', stdout: 'unexpected', exitCode: 99 }]), plan, fakes);
    expect(inDistroCalls(fake)).toEqual([]);
    expect(report.facts.distro?.probe.error?.code).toBe('no-user-distro');
    expect(report.facts.distro?.wslTarget).toMatchObject({ name: null, source: 'none', utilities: ['rancher-desktop-data', 'rancher-desktop'] });
    const wsl2 = check(report.checks, 'distro.wsl2');
    expect(wsl2).toMatchObject({ status: 'fail', summary: { key: 'check.gpu.fail.noUserDistro', params: { utilities: 'rancher-desktop-data, rancher-desktop' } }, fix: { text: { key: 'fix.gpu.installUserDistro' } } });
    expect(check(report.checks, 'gpu.dxg')?.status).toBe('skip');
    const replay = await replayed(captures, report, plan);
    expect(replay.checks).toEqual(asRedacted(report).checks);
    expect(replay.facts.distro).toEqual(asRedacted(report).facts.distro);
  });

  it('an explicit --distro still wins, and a container tool\'s distro named that way is probed with a warning', async () => {
    const explicit = wslWith('scenarios/wsl/list-verbose-docker-desktop-default.utf-16le.txt', [
      { args: ['-d', 'docker-desktop', ...BOOT_ARGS], stdout: '' },
      { args: ['-d', 'docker-desktop', ...PROBE_ARGS], stdoutFile: HEALTHY_DOC },
    ]);
    const { out, fake } = await cli(explicit, ['diagnose', '--json', '--target', 'wsl', '--distro', 'docker-desktop']);
    expect(inDistroCalls(fake)).toEqual(['-d docker-desktop -u root --exec /bin/true', '-d docker-desktop -u root --exec /bin/sh -s --']);
    const report = JSON.parse(out) as { facts: { distro: { wslTarget: unknown } }; checks: { id: string; status: string; summary: string }[] };
    expect(report.facts.distro.wslTarget).toMatchObject({ name: 'docker-desktop', source: 'explicit', utility: true });
    expect(report.checks.find((c) => c.id === 'distro.wsl2')).toMatchObject({ status: 'warn', summary: expect.stringMatching(/docker-desktop belongs to a container tool/) as unknown });
  });
});

describe('cold start: the boot allowance before the collector', () => {
  const ubuntuDefault = (boot: FakeRule): FakeScenario => wslWith('host/wsl/list-verbose/02-en-crcrlf.utf-16le.txt', [{ ...boot, args: BOOT_ARGS }, { args: PROBE_ARGS, stdoutFile: HEALTHY_DOC }]);
  const planWith = (deadlines: { bootTimeoutMs: number; collectorTimeoutMs?: number }): Plan => ({
    ...defaultPlan({ target: 'none', bench: false }, CHECK_REFERENCE),
    probes: [...wslProbes, ...distroProbes({ target: 'wsl', bench: false, ...deadlines })],
    checks: gpuChainChecks(CHECK_REFERENCE),
  });

  it('a distro that does not start within its allowance is a slow boot, not "no document"; the collector never runs', async () => {
    const plan = planWith({ bootTimeoutMs: 1_000 });
    const { fake, captures, report } = await diagnoseFake(ubuntuDefault({ hang: true }), plan, fakes);
    expect(captures.get('distro.boot')?.argv.slice(1)).toEqual(BOOT_ARGS);
    expect(inDistroCalls(fake).filter((c) => c.includes('/bin/sh'))).toEqual([]);
    expect(report.facts.distro?.boot).toMatchObject({ status: 'timeout', exitCode: null });
    expect(report.facts.distro?.probe.error?.code).toBe('boot-timeout');
    expect(report.facts.distro?.collectorMs).toBeNull();
    const wsl2 = check(report.checks, 'distro.wsl2');
    expect(wsl2).toMatchObject({ status: 'unknown', summary: { key: 'check.gpu.unknown.slowBoot' }, fix: { text: { key: 'fix.gpu.slowBoot', params: { distro: 'Ubuntu-20.04' } } } });
    expect(wsl2?.evidence.map((e) => e.label.key)).toContain('evidence.distro.boot');
    const replay = await replayed(captures, report, plan);
    expect(replay.checks).toEqual(asRedacted(report).checks);
    expect(replay.facts.distro).toEqual(asRedacted(report).facts.distro);
  });

  it('after a boot that took longer than the collector\'s whole deadline, the collector still gets its full deadline', async () => {
    // The boot answers after 1.5 s; the collector's own deadline is 1 s and starts when the boot has ended.
    const plan = planWith({ bootTimeoutMs: 60_000, collectorTimeoutMs: 1_000 });
    const { report } = await diagnoseFake(ubuntuDefault({ delayMs: 1_500, stdout: '' }), plan, fakes);
    const distro = report.facts.distro;
    expect(distro?.boot?.status).toBe('ok');
    expect(distro?.boot?.durationMs).toBeGreaterThanOrEqual(1_500);
    expect(distro?.probe.ok).toBe(true);
    expect(distro?.collectorMs).not.toBeNull();
    expect(check(report.checks, 'distro.wsl2')?.evidence.map((e) => e.label.key)).toEqual(expect.arrayContaining(['evidence.distro.boot', 'evidence.distro.collector']));
  });
});
