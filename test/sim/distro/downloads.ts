import { done, fixture, takeNetworkFailure, type DistroRunResult, type ProgramCall } from './result.js';
import type { DistroState } from './state.js';

/** `curl -fsSL -o FILE URL` and `dpkg -i FILE`: cuda-keyring (stack.cuda-toolkit) and librocdxg (stack.pytorch-rocm). */

/** URLs the simulated internet serves: URL → what the downloaded file is. */
const SERVED: Record<string, string> = {
  'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb': 'deb:cuda-keyring',
  'https://github.com/ROCm/librocdxg/releases/download/v1.2.0/rocdxg-roct_1.2.0_amd64.deb': 'deb:rocdxg-roct',
};

export function curl(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = call.argv.slice(1);
  const oi = args.indexOf('-o');
  const out = oi >= 0 ? (args[oi + 1] ?? null) : null;
  const url = args.filter((a, i) => !a.startsWith('-') && i !== oi + 1).pop() ?? '';
  const net = takeNetworkFailure(distro);
  if (net.failed) return done(net.distro, 6, '', fixture('curl-dns-failure-reconstructed.txt'));
  const what = SERVED[url];
  if (what === undefined) return done(distro, 22, '', 'curl: (22) The requested URL returned error: 404\n');
  if (out === null) return done(distro, 0, `(${what})`);
  return done({ ...distro, files: { ...distro.files, [out]: what } }, 0);
}

/** `dpkg -i FILE` (the cuda-keyring and rocdxg-roct packages are known). */
export function dpkg(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = call.argv.slice(1);
  if (args[0] !== '-i' || args[1] === undefined) return done(distro, 2, '', 'dpkg: error: need an action option\n');
  if (call.user !== 'root') return done(distro, 2, '', 'dpkg: error: requested operation requires superuser privilege\n');
  const file = args[1];
  const what = distro.files[file];
  if (what === undefined) return done(distro, 2, '', `dpkg: error: cannot access archive '${file}': No such file or directory\n`);
  if (what === 'deb:rocdxg-roct') {
    // The package has no dependencies (dpkg-deb -I shows none); it puts librocdxg under /opt/rocm/lib.
    const files = { ...distro.files, '/opt/rocm/lib/librocdxg.so.1.2.0': 'rocdxg-roct', '/opt/rocm/share/rocdxg/dids.conf': 'rocdxg-roct' };
    return done({ ...distro, files, apt: { ...distro.apt, installed: { ...distro.apt.installed, 'rocdxg-roct': '1.2.0' } } }, 0, fixture('dpkg-rocdxg-roct-reconstructed.txt'));
  }
  if (what !== 'deb:cuda-keyring') return done(distro, 2, '', `dpkg-deb: error: '${file}' is not a Debian format archive\n`);
  const apt = {
    ...distro.apt,
    installed: { ...distro.apt.installed, 'cuda-keyring': '1.1-1' },
    sources: distro.apt.sources.includes('cuda-wsl-ubuntu') ? distro.apt.sources : [...distro.apt.sources, 'cuda-wsl-ubuntu' as const],
    keyrings: [...new Set([...distro.apt.keyrings, '/usr/share/keyrings/cuda-archive-keyring.gpg'])],
  };
  return done({ ...distro, apt }, 0, fixture('dpkg-cuda-keyring.txt'));
}
