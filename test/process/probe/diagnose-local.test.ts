import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';

// `diagnose --target local` runs the real in-distro collector on this machine. CI machines have no
// GPU: the chain must fail or skip with the right reasons — never crash, never pass.
interface Report {
  facts: { distro: { isWsl: boolean; probe: { ok: boolean } } | null };
  checks: { id: string; category: string; status: string; summary: string }[];
  readiness: string;
}

async function run(argv: string[]): Promise<{ code: number; out: string; ms: number }> {
  let out = '';
  const t0 = performance.now();
  const code = await runCli(argv, { env: { ...process.env, WSL_GPU_SETUP_PLATFORM: 'linux' }, stdout: (t) => (out += t), stderr: () => {} });
  return { code, out, ms: performance.now() - t0 };
}

const hasNvidiaDriver = fs.existsSync('/proc/driver/nvidia/version');

describe('diagnose --target local on this machine', () => {
  it('finishes within its deadline with honest gpu-chain verdicts', async () => {
    const r = await run(['diagnose', '--json', '--target', 'local']);
    expect(r.ms).toBeLessThan(30_000);
    const report = JSON.parse(r.out) as Report;
    expect(report.facts.distro?.probe.ok).toBe(true);
    const chain = Object.fromEntries(report.checks.filter((c) => c.category === 'gpu-chain').map((c) => [c.id, c.status]));
    expect(Object.keys(chain)).toContain('gpu.cuda-driver');
    if (!hasNvidiaDriver) {
      expect(r.code).toBe(1);
      expect(chain['gpu.kernel-module']).toBe('fail');
      expect(Object.values(chain).filter((s) => s === 'pass')).toEqual([]);
      expect(chain['gpu.cuda-driver']).toBe('skip');
      expect(report.readiness).toBe('not-ready');
    }
  });

  it('a bundle with the distro.probe capture replays to the same verdicts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-local-'));
    try {
      const out = path.join(dir, 'local.zip');
      const live = JSON.parse((await run(['diagnose', '--json', '--target', 'local'])).out) as Report;
      expect((await run(['bundle', '--out', out, '--target', 'local'])).code).toBe(0);
      const replayed = JSON.parse((await run(['diagnose', '--json', '--replay', out])).out) as Report;
      const verdicts = (r: Report) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
      expect(verdicts(replayed)).toEqual(verdicts(live));
      expect(replayed.readiness).toBe(live.readiness);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
