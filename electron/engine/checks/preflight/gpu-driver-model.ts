import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { fix, nameList, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/** Applies only where an NVIDIA GPU is (or may be) present: driver models are NVIDIA's notion. */
function appliesToNvidia(facts: Facts): true | Msg {
  const onWindows = onWindowsOnly(facts);
  if (onWindows !== true) return onWindows;
  if (facts.gpus !== null && !facts.gpus.some((g) => g.vendor === 'nvidia') && (facts.nvidia?.gpus.length ?? 0) === 0) {
    return msg('check.gpu.driverModel.skip.noNvidia');
  }
  return true;
}

/**
 * Is every NVIDIA GPU in the WDDM driver model? WSL sees GPUs only through WDDM (GPU-PV): a TCC
 * card is invisible, and a mix of TCC and WDDM can break every GPU in WSL (microsoft/WSL #13027).
 * MCDM is the compute-only model of data-center boards; WSL support for it is not documented.
 */
export const gpuDriverModelCheck: Check = {
  id: 'gpu.driver-model',
  category: 'preflight',
  title: msg('check.gpu.driverModel.title'),
  prerequisites: ['gpu.present'],
  needs: probesFor('inventory', 'nvidia'),
  applies: appliesToNvidia,
  evaluate(facts) {
    const nvidia = facts.nvidia;
    if (!nvidia) return notCaptured(PROBES.nvidia);
    const gpus = nvidia.gpus.map((g, i) => ({ index: g.index ?? i, name: g.name ?? `GPU ${g.index ?? i}`, model: g.driverModel?.toUpperCase() ?? null }));
    const evidence = gpus.slice(0, 16).map((g) => ({ label: msg('evidence.gpu.driverModel', { index: g.index, name: g.name }), value: g.model ?? 'unknown' }));
    if (gpus.length === 0) {
      const key = nvidia.error?.code === 'not-found' ? 'check.gpu.driverModel.unknown.noSmi' : 'check.gpu.driverModel.unknown';
      return { status: 'unknown', summary: msg(key), evidence };
    }
    const tcc = gpus.filter((g) => g.model === 'TCC');
    if (tcc.length > 0) {
      const names = nameList(tcc.map((g) => `${g.index}: ${g.name}`));
      return { status: 'fail', summary: msg('check.gpu.driverModel.fail.tcc', { names }), evidence, fix: fix('fix.gpu.driverModel.tcc', { index: tcc[0]?.index ?? 0 }) };
    }
    const mcdm = gpus.filter((g) => g.model === 'MCDM');
    if (mcdm.length > 0) {
      const names = nameList(mcdm.map((g) => `${g.index}: ${g.name}`));
      return { status: 'warn', summary: msg('check.gpu.driverModel.warn.mcdm', { names }), evidence, fix: fix('fix.gpu.driverModel.mcdm', { index: mcdm[0]?.index ?? 0 }) };
    }
    if (gpus.every((g) => g.model === 'WDDM')) return { status: 'pass', summary: msg('check.gpu.driverModel.pass'), evidence };
    return { status: 'unknown', summary: msg('check.gpu.driverModel.unknown'), evidence };
  },
};
