import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Is the OS architecture one that CUDA in WSL supports? Only x64: NVIDIA documents CUDA on WSL
 * for the x86-64 Windows driver only, so ARM64 is left with D3D12/DirectML (domain.md §1.1).
 * The value comes from Win32_Processor.Architecture, not from the (possibly emulated) process.
 */
export const archCheck: Check = {
  id: 'preflight.arch',
  category: 'preflight',
  title: msg('check.preflight.arch.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const w = facts.windows;
    if (!w) return notCaptured(PROBES.inventory);
    const evidence = [ev('evidence.preflight.arch', w.arch)];
    switch (w.arch) {
      case 'x64':
        return { status: 'pass', summary: msg('check.preflight.arch.pass'), evidence };
      case 'arm64':
        return { status: 'fail', summary: msg('check.preflight.arch.fail.arm64'), evidence, fix: fix('fix.preflight.arch.arm64') };
      case 'x86':
        return { status: 'fail', summary: msg('check.preflight.arch.fail.x86'), evidence, fix: fix('fix.preflight.arch.x86') };
      default:
        return { status: 'unknown', summary: msg('check.preflight.arch.unknown'), evidence };
    }
  },
};
