import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Facts } from '../../../contract/facts.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, onWsl } from './common.js';
import { anyGpuApplies, withInventory } from './vendor-gate.js';
import { probesFor } from '../probe-needs.js';

/**
 * DirectML's road (domain.md §4.4): WSL shares the DirectX 12 user-mode libraries
 * `libd3d12.so` and `libdxcore.so` in /usr/lib/wsl/lib, and torch-directml runs on any
 * DirectX 12 GPU through them. A legacy fallback (torch-directml is pinned to torch 2.4 and no
 * longer developed), so it is its own chain, never the vendor's.
 */
export const gpuD3d12Check: Check = {
  id: 'gpu.d3d12',
  category: 'gpu-chain',
  title: msg('check.gpu.d3d12.title'),
  prerequisites: ['gpu.dxg'],
  needs: withInventory(probesFor('distro')),
  applies(facts: Facts): true | Msg {
    const any = anyGpuApplies(facts);
    return any === true ? onWsl(facts) : any;
  },
  evaluate(facts): Verdict {
    const d = distroOf(facts)?.d3d12;
    if (!d) return { status: 'unknown', summary: msg('check.gpu.d3d12.unknown') };
    const missing = [d.libd3d12 ? null : 'libd3d12.so', d.libdxcore ? null : 'libdxcore.so'].filter((x): x is string => x !== null);
    const evidence = [ev('evidence.gpu.d3d12Libs', missing.length === 0 ? 'libd3d12.so, libdxcore.so' : `missing: ${missing.join(', ')}`)];
    if (missing.length > 0) return { status: 'fail', summary: msg('check.gpu.d3d12.fail', { missing: missing.join(', ') }), evidence, fix: { text: msg('fix.gpu.d3d12') } };
    return { status: 'pass', summary: msg('check.gpu.d3d12.pass'), evidence };
  },
};
