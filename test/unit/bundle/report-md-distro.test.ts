import { describe, expect, it } from 'vitest';
import { renderReportMd } from '../../../electron/bundle/report-md.js';
import type { DiagnoseReport } from '../../../electron/contract/checks.js';
import type { DistroFacts } from '../../../electron/contract/distro-facts.js';
import type { Facts } from '../../../electron/contract/facts.js';
import { runScenario } from '../engine/gpu-chain/scenario.js';

// Issue #8 point 10: a support reader of report.md sees which distro was probed (and point 6:
// how long it took to start), not only the CLI table and the check evidence.

function reportWith(distro: DistroFacts): DiagnoseReport {
  const facts = { host: { platform: 'windows', simulated: true }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, network: null, distro } as Facts;
  return { schema: 'wsl-gpu-setup/diagnose@1', createdAt: '2026-01-02T03:04:05.000Z', facts, checks: [], readiness: 'not-ready' };
}

const md = (distro: DistroFacts): string =>
  renderReportMd(reportWith(distro), (m) => m.key, { app: { name: 'wsl-gpu-setup', version: 'test' }, platform: { platform: 'windows', simulated: true }, createdAt: '2026-01-02T03:04:05.000Z' });

describe('report.md names the probed distro', () => {
  const base = runScenario('distro/probe/wsl-rtx4070-healthy.json').distro;
  if (base === null) throw new Error('the healthy fixture gave no distro facts');

  it('says it ran in the user\'s own distro instead of a container tool\'s default, and how the boot went', () => {
    const text = md({ ...base, wslTarget: { name: 'Ubuntu', source: 'instead-of-utility', utility: false, replacedDefault: 'docker-desktop', utilities: ['docker-desktop'] }, boot: { status: 'ok', durationMs: 4210, exitCode: 0, message: null }, collectorMs: 812 });
    expect(text).toContain('- In-distro probe: Ubuntu (instead-of-utility, instead of docker-desktop), Ubuntu 24.04.3 LTS, kernel 5.4.72-microsoft-standard-WSL2; boot ok in 4210 ms; collector 812 ms');
    expect(text).toContain('  - PyTorch judged in /home/user/venv/bin/python3 (configured, as user)');
  });

  it('says when there was no distribution of the user\'s own', () => {
    expect(md({ ...base, wslTarget: { name: null, source: 'none', utility: false, replacedDefault: null, utilities: ['docker-desktop'] }, boot: null })).toContain("- In-distro probe: none (no distribution of the user's own)");
  });
});
