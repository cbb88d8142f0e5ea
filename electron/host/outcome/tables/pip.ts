/**
 * pip (not translated; the installer runs it with LC_ALL=C.UTF-8). Order of precedence: a TLS
 * failure comes before "No matching distribution": old pip prints both when a TLS-intercepting
 * proxy breaks the index request, and the index is not what is missing.
 */
import type { RuleTable } from '../rules.js';

const REAL = '../shared/fixtures/real-outputs/pip-install';

export const PIP_TABLE: RuleTable = {
  tools: ['pip'],
  rules: [
    { cause: 'disk-full', pattern: /No space left on device|\[Errno 28\]/u, source: `${REAL}/08.txt` },
    { cause: 'download-hash-mismatch', pattern: /DO NOT MATCH THE HASHES/u, source: `${REAL}/09.txt, 10.txt` },
    {
      cause: 'proxy-or-tls',
      pattern: /SSL: [A-Z_]+|SSLError\(|CERTIFICATE_VERIFY_FAIL|ProxyError|Tunnel connection failed|407 Proxy Authentication Required/u,
      source: `${REAL}/11.txt, 12.txt, 13.txt`,
    },
    { cause: 'dns-failure', pattern: /Temporary failure in name resolution|Name or service not known/u, source: 'pip/urllib3 NewConnectionError text (socket.gaierror)' },
    {
      cause: 'network-unreachable',
      pattern: /Failed to establish a new connection|Read timed out|Connection reset by peer|Connection aborted|NewConnectionError|RemoteDisconnected|\b50[0234] Server Error/u,
      source: 'pip/urllib3 connection errors',
    },
    { cause: 'pep668-externally-managed', pattern: /externally-managed-environment/u, source: `${REAL}/01.txt, 02.txt, 03.txt (PEP 668)` },
    {
      cause: 'no-matching-wheel',
      pattern: /No matching distribution found for|Could not find a version that satisfies the requirement/u,
      source: `${REAL}/04.txt … 07.txt, 14.txt`,
      facts: [/No matching distribution found for (?<package>[A-Za-z0-9_.-]+)(?:==(?<version>\S+))?/u],
    },
    // A CUDA/ROCm stack that ends up with the CPU-only torch wheel: it installs, and the GPU stays unused.
    {
      cause: 'cpu-wheel-installed',
      pattern: /^Successfully installed .*\btorch-\S+\+cpu\b/u,
      source: 'pip "Successfully installed" line; PyTorch CPU wheels carry the +cpu local version (download.pytorch.org/whl/cpu)',
      facts: [/\btorch-(?<version>\S+\+cpu)\b/u],
    },
    { cause: 'installed', pattern: /^Successfully installed /u, source: `${REAL}/15.txt`, facts: [/\b(?<package>torch)-(?<version>\d\S*)/u] },
  ],
};
