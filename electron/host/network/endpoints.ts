import type { EndpointArch } from '../../contract/network-facts.js';

/**
 * The download sites the install needs, one URL per host, as data. The reachability probe asks
 * each for one byte (`Range: bytes=0-0`), so a reachable endpoint is one whose answer is a 2xx or
 * 3xx status; any URL here must exist, or the check would blame the network for a moved file.
 *
 * Checked on 2026-12-03 against:
 * - microsoft/WSL `distributions/DistributionInfo.json` (wsl.exe `--list --online` and
 *   `--install` fetch it from raw.githubusercontent.com; its Ubuntu images live on
 *   releases.ubuntu.com (amd64) and cdimages.ubuntu.com (arm64));
 * - the WSL package's update path: `wsl --update` looks up the latest microsoft/WSL release on
 *   api.github.com and downloads its asset from github.com, which redirects to GitHub's asset host
 *   (the asset URL below is one winget and install guides download);
 * - Ubuntu's apt sources (archive/security.ubuntu.com over http for amd64, ports.ubuntu.com for arm64);
 * - domain.md §5 (PyTorch's wheel index download.pytorch.org; NVIDIA's wsl-ubuntu repository on
 *   developer.download.nvidia.com, whose cuda-keyring package the install fetches first).
 */

export interface NetworkEndpoint {
  /** Stable id: a fact key, a message key suffix and a bundle-visible name. */
  id: string;
  url: string;
  arch: EndpointArch;
  /** Hosts a redirect from `url` may lead to, which a firewall must allow as well. */
  redirectHosts?: readonly string[];
}

/** The WSL package release used to test the asset download: old releases keep their assets. */
const WSL_ASSET = 'https://github.com/microsoft/WSL/releases/download/2.5.10/wsl.2.5.10.0.x64.msi';

export const NETWORK_ENDPOINTS: readonly NetworkEndpoint[] = [
  { id: 'wsl.distro-list', url: 'https://raw.githubusercontent.com/microsoft/WSL/master/distributions/DistributionInfo.json', arch: 'any' },
  { id: 'wsl.release-api', url: 'https://api.github.com/repos/microsoft/WSL/releases/latest', arch: 'any' },
  // Follows github.com's redirect, so the asset host (objects/release-assets.githubusercontent.com) is measured too.
  { id: 'wsl.release-asset', url: WSL_ASSET, arch: 'any', redirectHosts: ['objects.githubusercontent.com', 'release-assets.githubusercontent.com'] },
  { id: 'ubuntu.image', url: 'https://releases.ubuntu.com/noble/SHA256SUMS', arch: 'x64' },
  { id: 'ubuntu.image-arm64', url: 'https://cdimages.ubuntu.com/releases/', arch: 'arm64' },
  { id: 'ubuntu.archive', url: 'http://archive.ubuntu.com/ubuntu/dists/noble/InRelease', arch: 'x64' },
  { id: 'ubuntu.security', url: 'http://security.ubuntu.com/ubuntu/dists/noble-security/InRelease', arch: 'x64' },
  { id: 'ubuntu.ports', url: 'http://ports.ubuntu.com/ubuntu-ports/dists/noble/InRelease', arch: 'arm64' },
  { id: 'pytorch.wheels', url: 'https://download.pytorch.org/whl/', arch: 'any' },
  { id: 'nvidia.repository', url: 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb', arch: 'any' },
];

/** The host of an endpoint's URL. */
export function endpointHost(endpoint: NetworkEndpoint): string {
  return new URL(endpoint.url).hostname;
}

/** The endpoints a machine of this architecture needs; an unknown architecture needs them all. */
export function endpointsFor(arch: 'x64' | 'arm64' | 'x86' | null): readonly NetworkEndpoint[] {
  if (arch !== 'x64' && arch !== 'arm64') return NETWORK_ENDPOINTS;
  return NETWORK_ENDPOINTS.filter((e) => e.arch === 'any' || e.arch === arch);
}
