import type { DistroFacts } from '../../contract/distro-facts.js';
import type { Msg } from '../../contract/messages.js';
import { msg } from '../../contract/messages.js';
import { recommendTorchWheel, type WheelQuery } from './recommend-torch-wheel.js';

/**
 * The fix text for a PyTorch build without kernels for this GPU, from the wheel table: the
 * variant to install and its index, or the driver floor it needs first, or that no current
 * wheel covers the GPU. Never a hard-coded CUDA version.
 */

/**
 * The query from what the distro tells: the GPU's arch (the framework's own view, else the
 * CUDA driver's first device) and the driver number nvidia-smi shows (in WSL the Windows one).
 */
export function wheelQueryOf(d: DistroFacts | null | undefined, arch: string | null): WheelQuery {
  return { arch: arch ?? d?.cuda?.devices[0]?.computeCapability ?? null, driver: d?.nvidia?.driverVersion ?? null, numbering: d?.isWsl === false ? 'linux' : 'windows' };
}

/** The message for this query (falls back to the generic install text when the arch is unknown). */
export function torchWheelFix(query: WheelQuery): Msg {
  const a = recommendTorchWheel(query);
  if (a.ok) return msg('fix.framework.wheel', { arch: a.arch, variant: a.variant, indexUrl: a.indexUrl, minDriver: a.minDriver, release: a.release });
  switch (a.reason) {
    case 'driver-too-old':
      return msg('fix.framework.wheelDriver', { arch: a.arch, variant: a.variant, indexUrl: a.indexUrl, minDriver: a.minDriver, driver: a.driver });
    case 'arch-unsupported':
      return msg('fix.framework.noWheel', { arch: a.arch, release: a.release, supported: a.supported });
    default:
      return msg('fix.framework.torch');
  }
}
