import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProbeContext } from '../../../electron/app/create-engine.js';
import { runCli } from '../../../electron/cli/main.js';
import { networkCheck } from '../../../electron/engine/checks/preflight/network.js';
import { networkFactsFrom } from '../../../electron/engine/facts/network-facts.js';
import { networkProbe } from '../../../electron/engine/probes/network-probe.js';
import { runProbes } from '../../../electron/engine/run-probes.js';
import { reachabilityCommand } from '../../../electron/host/network/commands.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { scenarios } from '../../fakes/scenarios.js';
import type { FakeRule, FakeScenario, FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

// The real ExecRunner and the real CLI run a fake powershell.exe that replays a reconstructed
// reachability output (test/fixtures/host/powershell/reachability, see each .meta.json). The
// fake answers only the exact argv the app sends, so nothing here reaches the network.
const fakes: FakeSystemRoot[] = [];
afterEach(() => fakes.splice(0).forEach((f) => f.dispose()));

/** The argv the probe sends; any path works, the fake matches arguments only. */
const NETWORK_ARGS = [...reachabilityCommand('powershell.exe').args];

function fakeRoot(scenario: FakeScenario): FakeSystemRoot {
  const fake = makeFakeSystemRoot(scenario);
  fakes.push(fake);
  return fake;
}

async function probe(rule: FakeRule | null) {
  const fake = fakeRoot(rule ? { 'powershell.exe': [{ args: NETWORK_ARGS, ...rule }] } : { 'wsl.exe': [] });
  const ctx = createProbeContext({ ...process.env, ...fake.env }, new ExecRunner({}));
  const captures = await runProbes([networkProbe], ctx);
  const network = networkFactsFrom(captures);
  return { fake, captures, network };
}

function checkOn(network: ReturnType<typeof networkFactsFrom>) {
  return networkCheck.evaluate({ host: { platform: 'windows', simulated: true }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, distro: null, network });
}

describe('network.reachability through the real ExecRunner', () => {
  it('runs powershell.exe once with the encoded script and judges what it measured', async () => {
    const r = await probe({ stdoutFile: 'host/powershell/reachability/github-blocked.json' });
    expect(r.fake.calls()).toEqual([expect.objectContaining({ tool: 'powershell.exe', args: NETWORK_ARGS })]);
    expect(r.captures.get('network.reachability')).toMatchObject({ exitCode: 0, launchError: null, encoding: 'utf-8' });
    expect(r.network?.measured).toBe(true);
    const v = checkOn(r.network);
    expect(v).toMatchObject({ status: 'fail', summary: { key: 'check.preflight.network.fail' } });
    // No architecture known (no inventory here): every endpoint is judged, and the blocked three are named.
    expect(v.summary.params?.hosts).toBe('raw.githubusercontent.com, api.github.com, github.com');
  });

  it('reports a machine without powershell.exe as not measured: unknown, never pass', async () => {
    const r = await probe(null);
    expect(r.network).toMatchObject({ measured: false, unmeasuredReason: 'not-run' });
    expect(checkOn(r.network)).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.network.unknown.noResult' } });
  });

  it('reads nothing into CLIXML on stderr and exit code 1 with an empty stdout', async () => {
    const r = await probe({ stderr: '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S S="Error">x</S></Objs>', exitCode: 1 });
    expect(r.network).toMatchObject({ measured: false, unmeasuredReason: 'no-result' });
    expect(checkOn(r.network).status).toBe('unknown');
  });

  it('reads Constrained Language Mode across the pipe as its own unknown', async () => {
    const r = await probe({ stdoutFile: 'host/powershell/reachability/constrained-language.json' });
    expect(checkOn(r.network)).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.network.unknown.languageMode' } });
  });
});

describe('diagnose, bundle and replay with the reachability probe', () => {
  interface Report {
    facts: { network: { measured: boolean } | null };
    checks: { id: string; status: string; summary: string; evidence: { label: string; value: string }[] }[];
  }

  async function cli(argv: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { env: { ...process.env, LANG: 'C', ...env }, stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { code, out, err };
  }

  const network = (r: Report) => r.checks.find((c) => c.id === 'preflight.network');

  it('passes a machine where every site answered, and replays the same verdict from its bundle', async () => {
    const fake = fakeRoot({ ...scenarios.healthyEnglish, 'powershell.exe': [{ args: NETWORK_ARGS, stdoutFile: 'host/powershell/reachability/direct-all-reachable.json' }] });
    const live = JSON.parse((await cli(['diagnose', '--json', '--target', 'none'], fake.env)).out) as Report;
    expect(network(live)?.status).toBe('pass');
    expect(network(live)?.evidence).toContainEqual({ label: 'PyTorch wheels (download.pytorch.org)', value: 'reachable (HTTP 200, 233 ms)' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-net-bundle-'));
    try {
      const out = path.join(dir, 'support.zip');
      const written = await cli(['bundle', '--out', out, '--target', 'none'], fake.env);
      expect(written.code, written.err).toBe(0);
      const replayed = JSON.parse((await cli(['diagnose', '--json', '--replay', out], { WSL_GPU_SETUP_PLATFORM: 'linux' })).out) as Report;
      expect(network(replayed)).toEqual(network(live));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says unknown, not pass, when powershell.exe printed something else (here: an inventory)', async () => {
    const fake = fakeRoot({ ...scenarios.healthyEnglish, 'powershell.exe': [{ argsPrefix: ['-NoProfile'], stdoutFile: 'host/powershell/inventory/win11-24h2-rtx4070.json' }] });
    const report = JSON.parse((await cli(['diagnose', '--json', '--target', 'none'], fake.env)).out) as Report;
    expect(report.facts.network?.measured).toBe(false);
    expect(network(report)?.status).toBe('unknown');
  });
});
