/**
 * Docker with GPUs inside WSL, and the NVIDIA Container Toolkit's CLI. The texts are the Docker
 * daemon's and libnvidia-container's (never localized).
 */
import type { RuleTable } from '../rules.js';

const REAL = '../shared/fixtures/real-outputs';

export const DOCKER_TABLE: RuleTable = {
  tools: ['docker'],
  rules: [
    // libnvidia-container finds /dev/dxg but no GPU behind it (WSL 1, or no WDDM GPU passed to WSL 2).
    { cause: 'wsl-no-adapters', pattern: /WSL environment detected but no adapters were found/u, source: `${REAL}/docker-gpu/01.txt, 02.txt, 03.txt` },
    {
      cause: 'docker-no-gpu-runtime',
      pattern: /unknown or invalid runtime name: nvidia|could not select device driver "[^"]*" with capabilities: \[\[gpu\]\]/u,
      source: `${REAL}/docker-gpu/06.txt; moby daemon/devices.go ("could not select device driver")`,
    },
    {
      cause: 'docker-daemon-down',
      pattern: /Cannot connect to the Docker daemon at|open \/\/\.\/pipe\/docker(?:_engine|DesktopLinuxEngine)\b/u,
      source: `${REAL}/docker-gpu/04.txt, 05.txt`,
      facts: [/Cannot connect to the Docker daemon at (?<path>\S+?)\.?(?:\s|$)/u],
    },
  ],
};

export const NVIDIA_CTK_TABLE: RuleTable = {
  tools: ['nvidia-ctk'],
  rules: [{ cause: 'cdi-dxcore-init-failed', pattern: /failed to initialize dxcore/u, source: `${REAL}/nvidia-ctk/01.txt` }],
};
