import type { Evidence } from '../../../contract/checks.js';
import type { DistroFacts, FrameworkFacts, FrameworkName } from '../../../contract/distro-facts.js';
import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { torchWheelFix, wheelQueryOf } from '../../wheels/wheel-advice-message.js';
import { distroOf, ev, onWsl, withDistro } from './common.js';
import { describeInterpreter, interpreterEvidence } from './interpreter-evidence.js';
import { probesFor } from '../probe-needs.js';
import { chainPick, withInventory } from './vendor-gate.js';

/**
 * One check per ML framework: it sees the GPU, is built for its compute capability, and a
 * real tensor op ran on the GPU and matched the CPU. A CPU-only build or a CPU fallback fails:
 * it is never GPU-ready (prior-art.md §0 fact 11; domain.md §6, failures #8 and #9).
 */

/** `CUDA 12.6`, `ROCm 7.2`, `XPU`, `CPU`. */
function buildText(f: FrameworkFacts): string {
  if (f.cudaBuild) return `CUDA ${f.cudaBuild}`;
  if (f.hipBuild) return `ROCm ${f.hipBuild}`;
  return f.backend === 'xpu' ? 'XPU' : 'CPU';
}

function evidenceOf(f: FrameworkFacts): Evidence[] {
  const rows = [ev('evidence.framework.version', f.version), ev('evidence.framework.build', buildText(f))];
  if (f.deviceName) rows.push(ev('evidence.framework.device', f.deviceName));
  if (f.deviceArch) rows.push(ev('evidence.framework.deviceArch', f.deviceArch));
  if (f.archList) rows.push(ev('evidence.framework.archList', f.archList.join(' ')));
  if (f.error) rows.push(ev('evidence.framework.error', f.error));
  return rows;
}

/** Suggested fix for an arch mismatch: for PyTorch the wheel the table (assets/data/torch-wheels.json) advises for this GPU and driver. */
function archFix(f: FrameworkFacts, machine: DistroFacts | null): Msg {
  if (f.name === 'torch' && f.backend === 'hip') return msg('fix.framework.torch.rocm');
  if (f.name === 'torch' && f.backend === 'xpu') return msg('fix.framework.torch.xpu');
  return f.name === 'torch' ? torchWheelFix(wheelQueryOf(machine, f.deviceArch)) : msg(`fix.framework.${f.name}`);
}

/**
 * The install advice for PyTorch: a ROCm or XPU build gets its vendor's index; a CPU build on an
 * AMD or Intel PC the build for that vendor; else the CUDA wheel the table advises.
 */
function torchInstallFix(f: FrameworkFacts, machine: DistroFacts | null, facts: Facts | null): Msg {
  const vendor = facts ? chainPick(facts) : null;
  const backend = f.backend === 'cpu' || f.backend === undefined || f.backend === null ? (vendor?.known ? vendor.vendor : null) : f.backend;
  if (backend === 'hip' || backend === 'amd') return msg('fix.framework.torch.rocm');
  if (backend === 'xpu' || backend === 'intel') return msg('fix.framework.torch.xpu');
  return torchWheelFix(wheelQueryOf(machine, f.deviceArch));
}

/**
 * The verdict for an installed framework; `machine` gives the driver for the wheel advice, and
 * its `interpreters` (all those looked in) are listed as evidence.
 */
function frameworkVerdict(f: FrameworkFacts, machine: DistroFacts | null = null, facts: Facts | null = null): Verdict {
  const evidence = [...evidenceOf(f), ...interpreterEvidence(f.name, f.interpreter, machine?.interpreters ?? [])];
  const p = { name: f.name, version: f.version, interpreter: f.interpreter?.path ?? null };
  // PyTorch: the wheel the table advises for this GPU and driver (the generic text when the GPU is unknown).
  const install = { text: f.name === 'torch' ? torchInstallFix(f, machine, facts) : msg(`fix.framework.${f.name}`) };
  if (f.cpuOnlyBuild === true) return { status: 'fail', summary: msg('check.framework.fail.cpuOnly', p), evidence, fix: install };
  if (f.status === 'timeout' || f.status === 'crashed') return { status: 'fail', summary: msg('check.framework.fail.crashed', { ...p, status: f.status }), evidence };
  if (f.archMatches === false || f.errorKind === 'no-kernel-image') {
    return { status: 'fail', summary: msg('check.framework.fail.archMismatch', { ...p, arch: f.deviceArch, build: f.cudaBuild ?? f.hipBuild }), evidence, fix: { text: archFix(f, machine) } };
  }
  if (f.gpuVisible !== true) {
    if (f.errorKind === 'driver-too-old') return { status: 'fail', summary: msg('check.framework.fail.driverTooOld', { ...p, build: f.cudaBuild }), evidence, fix: { text: msg('fix.gpu.windowsDriver') } };
    if (f.errorKind === 'no-driver' || f.errorKind === 'driver-init-failed') return { status: 'fail', summary: msg('check.framework.fail.noDriver', p), evidence, fix: { text: msg('fix.gpu.windowsDriver') } };
    if (f.status === 'failed') return { status: 'fail', summary: msg('check.framework.fail.importFailed', { ...p, error: f.error }), evidence, fix: install };
    return { status: 'fail', summary: msg('check.framework.fail.noGpu', p), evidence, fix: install };
  }
  const op = f.tensorOp;
  if (op === null) return { status: 'warn', summary: msg('check.framework.warn.opNotRun', p), evidence };
  if (!op.ok || !op.onGpu) return { status: 'fail', summary: msg('check.framework.fail.opFailed', { ...p, error: op.error }), evidence, fix: install };
  // Intel XPU on WSL and DirectML pass with what their vendors say of them: best-effort, legacy.
  if (f.name === 'torch' && f.backend === 'xpu') return { status: 'pass', summary: msg('check.framework.pass.xpu', { ...p, device: f.deviceName }), evidence };
  if (f.name === 'torch_directml') return { status: 'pass', summary: msg('check.framework.pass.directml', { ...p, device: f.deviceName }), evidence };
  return { status: 'pass', summary: msg('check.framework.pass', { ...p, device: f.deviceName }), evidence };
}

/**
 * The link a PyTorch build stands on: its own backend's driver link (CUDA → gpu.cuda-driver,
 * ROCm → gpu.rocminfo, XPU → gpu.level-zero); a CPU build, or none installed, stands on the
 * chain of this PC's GPU vendor (vendor-gate.ts), so it is judged once that chain works.
 */
export function torchPrerequisites(facts: Facts): readonly string[] {
  const torch = distroOf(facts)?.frameworks.find((x) => x.name === 'torch');
  if (torch?.installed && torch.backend === 'hip') return ['gpu.rocminfo'];
  if (torch?.installed && torch.backend === 'xpu') return ['gpu.level-zero'];
  if (torch?.installed && torch.backend === 'cuda') return ['gpu.cuda-driver'];
  const vendor = chainPick(facts).vendor;
  if (vendor === 'amd') return ['gpu.rocminfo'];
  if (vendor === 'intel') return ['gpu.level-zero'];
  return vendor === null ? ['gpu.dxg'] : ['gpu.cuda-driver'];
}

/** Builds the check of one framework. */
export function frameworkCheck(name: FrameworkName): Check {
  const directml = name === 'torch_directml';
  return {
    id: `framework.${name}`,
    category: 'gpu-chain',
    title: msg(`check.framework.${name}.title`),
    // DirectML reaches the GPU through D3D12 on /dev/dxg, not through CUDA.
    prerequisites: directml ? ['gpu.d3d12'] : ['gpu.cuda-driver'],
    ...(name === 'torch' ? { prerequisitesFor: torchPrerequisites } : {}),
    // PyTorch's prerequisites and install advice follow this PC's GPU vendor (facts.gpus).
    needs: name === 'torch' ? withInventory(probesFor('distro')) : probesFor('distro'),
    applies: directml ? onWsl : withDistro,
    evaluate(facts: Facts): Verdict {
      const d = distroOf(facts);
      const f = d?.frameworks.find((x) => x.name === name);
      const interpreters = d?.interpreters ?? [];
      if (!f || !f.installed) {
        // Not in the judged (configured) interpreter, or in none: say where it was looked for.
        const evidence = interpreterEvidence(name, f?.interpreter ?? null, interpreters);
        const summary = f?.interpreter ? msg('check.framework.skip.notInstalledIn', { name, interpreter: describeInterpreter(f.interpreter) }) : msg('check.framework.skip.notInstalled', { name });
        return evidence.length > 0 ? { status: 'skip', summary, evidence } : { status: 'skip', summary };
      }
      return frameworkVerdict(f, d ?? null, facts);
    },
  };
}
