import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { gpuChainChecks } from '../../../../electron/engine/checks/gpu-chain/index.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import type { ProbeCommandRecord, ProbeDocument } from '../../../../electron/host/distro/probe-document-schema.js';
import { probeCapture } from './scenario.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

// The links between the distro and the Windows driver (issue #8 points 2-5), judged from
// collector documents: the healthy RTX 4070 fixture, changed one record at a time.

const HEALTHY = path.resolve(import.meta.dirname, '../../../fixtures/distro/probe/wsl-rtx4070-healthy.json');
const healthyDoc = (): ProbeDocument => JSON.parse(fs.readFileSync(HEALTHY, 'utf8')) as ProbeDocument;

function record(stdout: string, exitCode = 0, stderr = ''): ProbeCommandRecord {
  return { argv: ['(read)'], exitCode, signal: null, stdout, stderr, durationMs: 0, timedOut: false, truncated: false, error: null };
}

/** Facts and check results for the healthy document after `patch`. */
function judgeDoc(patch: (doc: ProbeDocument) => void): { distro: DistroFacts; byId: Map<string, { status: string; summary: { key: string; params?: unknown }; evidence: { label: { key: string }; value: string }[] }> } {
  const doc = healthyDoc();
  patch(doc);
  const distro = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(JSON.stringify(doc)), 'wsl')]]));
  if (!distro) throw new Error('no facts');
  const facts = { host: { platform: 'windows', simulated: false }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, distro } as Facts;
  const results = evaluateChecks(gpuChainChecks(CHECK_REFERENCE), facts);
  return { distro, byId: new Map(results.map((r) => [r.id, r])) };
}

const evidence = (r: { evidence: { label: { key: string }; value: string }[] } | undefined): string[] => (r?.evidence ?? []).map((e) => `${e.label.key}=${e.value}`);

const noRuntime = (doc: ProbeDocument): void => {
  const info = doc.commands['docker-info'];
  if (info) info.stdout = info.stdout.replace(/"nvidia": \{[^}]*\}, ?/u, '').replace(/, ?"nvidia": \{[^}]*\}/u, '');
  const cdi = doc.commands['cdi-specs'];
  if (cdi) Object.assign(cdi, { exitCode: 2, stdout: '', stderr: "ls: cannot access '/etc/cdi': No such file or directory\nls: cannot access '/var/run/cdi': No such file or directory\n" });
};

describe('point 2: docker --gpus through nvidia-container-runtime-hook', () => {
  it('reads where the hook was found', () => {
    expect(judgeDoc(() => {}).distro.docker?.nvidiaHookPath).toBe('/usr/bin/nvidia-container-runtime-hook');
  });

  it('passes without an nvidia runtime or CDI spec when the hook is on the daemon PATH, and says so', () => {
    const { distro, byId } = judgeDoc(noRuntime);
    expect(distro.docker?.runtimes).not.toContain('nvidia');
    expect(distro.docker?.cdiSpecs).toEqual([]);
    const r = byId.get('docker.gpu');
    expect(r?.status).toBe('pass');
    expect(r?.summary).toEqual({ key: 'check.docker.gpu.pass.hook', params: { path: '/usr/bin/nvidia-container-runtime-hook' } });
    expect(evidence(r)).toContain('evidence.docker.hook=/usr/bin/nvidia-container-runtime-hook');
  });

  it('still fails when neither a runtime, a CDI spec nor the hook exists', () => {
    const { distro, byId } = judgeDoc((doc) => {
      noRuntime(doc);
      doc.commands['nvidia-hook'] = record('', 1, 'nvidia-container-runtime-hook not found in /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    });
    expect(distro.docker?.nvidiaHookPath).toBeNull();
    expect(byId.get('docker.gpu')?.summary.key).toBe('check.docker.gpu.fail.noRuntime');
    expect(evidence(byId.get('docker.gpu'))).toContain('evidence.docker.hook=none');
  });

  it('a document from before the hook lookup judges as before (no hook known)', () => {
    const { distro, byId } = judgeDoc((doc) => {
      noRuntime(doc);
      delete doc.commands['nvidia-hook'];
    });
    expect(distro.docker?.nvidiaHookPath).toBeNull();
    expect(byId.get('docker.gpu')?.status).toBe('fail');
  });
});

describe('point 3: the cuda meta-package is not a Linux driver', () => {
  const withPackages = (lines: string) => judgeDoc((doc) => {
    const dpkg = doc.commands['dpkg-nvidia'];
    if (dpkg) dpkg.stdout += lines;
  });

  it('cuda and cuda-13-0 alone (wsl-ubuntu repository: toolkit only) pass, shown as evidence', () => {
    const { distro, byId } = withPackages('cuda\t13.0.2-1\tinstall ok installed\ncuda-13-0\t13.0.2-1\tinstall ok installed\n');
    expect(distro.linuxDriverPackages).toEqual([]);
    expect(distro.cudaMetaPackages).toEqual(['cuda', 'cuda-13-0']);
    const r = byId.get('gpu.no-linux-driver');
    expect(r?.status).toBe('pass');
    expect(evidence(r)).toContain('evidence.gpu.cudaMetaPackages=cuda, cuda-13-0');
  });

  it('cuda with the driver it pulled from another repository fails on the driver packages only', () => {
    const { byId } = withPackages('cuda\t13.0.2-1\tinstall ok installed\ncuda-drivers\t580.95.05-1\tinstall ok installed\nlibcuda1\t580.95.05-1\tinstall ok installed\n');
    expect(byId.get('gpu.no-linux-driver')?.summary).toEqual({ key: 'check.gpu.noLinuxDriver.fail.packages', params: { packages: 'cuda-drivers, libcuda1' } });
  });
});

describe("point 4: everything under /usr/lib/wsl/ is the Windows driver's", () => {
  const DRIVERSTORE = '/usr/lib/wsl/drivers/nv_dispi.inf_amd64_0123456789abcdef';

  it('the DriverStore libcuda.so.1.1 the shim loads is not a shadowing copy', () => {
    const { byId } = judgeDoc((doc) => {
      doc.cuda.library = `${DRIVERSTORE}/libcuda.so.1.1`;
    });
    expect(byId.get('gpu.libcuda-resolves')).toMatchObject({ status: 'pass', summary: { key: 'check.gpu.libcuda.pass', params: { path: '/usr/lib/wsl/lib/libcuda.so.1' } } });
  });

  it('a DriverStore nvidia-smi is WSL\'s own, not a Linux one', () => {
    const { byId } = judgeDoc((doc) => {
      for (const name of ['nvidia-smi', 'nvidia-smi-query']) {
        const r = doc.commands[name];
        if (r) r.argv[0] = `${DRIVERSTORE}/nvidia-smi`;
      }
    });
    expect(byId.get('gpu.no-linux-driver')?.status).toBe('pass');
  });

  it('a libcuda outside /usr/lib/wsl/ that the loader picks first still shadows it', () => {
    const { byId } = judgeDoc((doc) => {
      const ld = doc.commands['ldconfig-p'];
      if (ld) ld.stdout = ld.stdout.replace('\tlibcuda.so.1 (libc6,x86-64) => /usr/lib/wsl/lib/libcuda.so.1', '\tlibcuda.so.1 (libc6,x86-64) => /usr/local/cuda/compat/libcuda.so.1\n$&');
    });
    expect(byId.get('gpu.libcuda-resolves')?.summary).toEqual({ key: 'check.gpu.libcuda.fail.shadowed', params: { path: '/usr/local/cuda/compat/libcuda.so.1' } });
    const climbing = judgeDoc((doc) => {
      doc.cuda.library = '/usr/lib/wsl/../../local/lib/libcuda.so.1';
    });
    expect(climbing.byId.get('gpu.libcuda-resolves')?.status).toBe('fail');
  });
});

describe('point 5: WSL libcuda.so.1 as a regular file, read with lstat', () => {
  it('shows the regular file as harmless evidence, with no ldconfig -p warning behind it', () => {
    const { distro, byId } = judgeDoc(() => {});
    expect(distro.wslLibcudaFileType).toBe('file');
    expect(distro.ldconfigWarnings).toEqual([]);
    const r = byId.get('gpu.libcuda-resolves');
    expect(r?.status).toBe('pass');
    expect(evidence(r)).toContain('evidence.gpu.libcudaRegularFile=/usr/lib/wsl/lib/libcuda.so.1');
  });

  it('takes lstat over the ls listing, and the listing for documents without lstat', () => {
    const link = judgeDoc((doc) => {
      doc.commands['wsl-libcuda-lstat'] = record('/usr/lib/wsl/lib/libcuda.so.1\tlink\tlibcuda.so.1.1\n');
    });
    expect(link.distro.wslLibcudaFileType).toBe('link');
    expect(evidence(link.byId.get('gpu.libcuda-resolves')).some((e) => e.startsWith('evidence.gpu.libcudaRegularFile'))).toBe(false);
    const old = judgeDoc((doc) => {
      delete doc.commands['wsl-libcuda-lstat'];
    });
    expect(old.distro.wslLibcudaFileType).toBe('file');
    const missing = judgeDoc((doc) => {
      doc.commands['wsl-libcuda-lstat'] = record('', 1, '/usr/lib/wsl/lib/libcuda.so.1: FileNotFoundError: No such file or directory');
    });
    expect(missing.distro.wslLibcudaFileType).toBe('missing');
  });

  it('no stored document shows the "is not a symbolic link" warning on ldconfig -p', () => {
    const fixtures = path.resolve(import.meta.dirname, '../../../fixtures');
    const files = ['distro/probe', 'probe'].flatMap((dir) => fs.readdirSync(path.join(fixtures, dir)).filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json')).map((f) => path.join(fixtures, dir, f)));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as ProbeDocument;
      const ld = doc.commands['ldconfig-p'];
      expect(`${ld?.stdout ?? ''}${ld?.stderr ?? ''}`, file).not.toMatch(/is not a symbolic link/u);
    }
  });
});
