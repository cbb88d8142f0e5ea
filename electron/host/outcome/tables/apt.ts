/**
 * apt-get / apt / dpkg. The installer runs them with LC_ALL=C.UTF-8, and people paste the C or
 * English locale, so the messages are apt-pkg's C-locale texts. Order of precedence: what needs
 * the person first (disk, lock, a broken dpkg), then what a retry does not fix (hashes,
 * signatures, 404, unknown packages), then transient network trouble, then success.
 * apt-get update exits 0 when an index failed to download (`W: Failed to fetch … Temporary
 * failure resolving`), so the text decides even after exit 0.
 */
import type { RuleTable } from '../rules.js';

const REAL = '../shared/fixtures/real-outputs/apt-get';
const APT_PKG = 'apt-pkg C-locale messages (salsa.debian.org/apt-team/apt, po/apt-all.pot)';

export const APT_TABLE: RuleTable = {
  tools: ['apt'],
  rules: [
    { cause: 'disk-full', pattern: /No space left on device|You don't have enough free space in/u, source: APT_PKG },
    // With DPkg::Lock::Timeout=300 apt has already waited five minutes when it prints this.
    {
      cause: 'apt-lock-held',
      pattern: /Could not get lock |Unable to acquire the dpkg frontend lock|dpkg frontend is locked by another process/u,
      source: `${REAL}/01.txt, 02.txt, 03.txt`,
      facts: [/Could not get lock (?<path>\/\S+?)(?:\.\s| -|$)/u],
    },
    { cause: 'dpkg-interrupted', pattern: /dpkg was interrupted, you must manually run/u, source: `${REAL}/06.txt` },
    // `File has unexpected size … Mirror sync in progress?` is apt's own guess; it comes before the plain mismatch.
    { cause: 'mirror-sync-in-progress', pattern: /Mirror sync in progress\?/u, source: `${REAL}/13.txt` },
    { cause: 'mirror-hash-mismatch', pattern: /Hash Sum mismatch|File has unexpected size|Hashes of expected file:/u, source: `${REAL}/12.txt` },
    {
      cause: 'repo-signature-rejected',
      pattern: /signature verification failed|The following signatures (?:couldn't be verified|were invalid)|NO_PUBKEY|is not signed\./u,
      source: `${REAL}/14.txt`,
    },
    { cause: 'repo-404-no-release-file', pattern: /does not have a Release file|^Err:\d+ .* Release$/u, source: `${REAL}/15.txt, 16.txt` },
    // A .deb that is gone from the pool: the index is older than the mirror (`apt update` first).
    {
      cause: 'stale-package-index',
      pattern: /Failed to fetch \S+\.deb\s+404\s+Not Found/u,
      source: `${REAL}/17.txt`,
      facts: [/Failed to fetch \S+\/(?<package>[a-z0-9][a-z0-9+.-]*)_(?<version>[^_\s]+)_[a-z0-9]+\.deb/u],
    },
    { cause: 'package-not-found', pattern: /Unable to locate package /u, source: `${REAL}/09.txt, 10.txt, 11.txt, 19.txt`, facts: [/Unable to locate package (?<package>\S+)/u] },
    { cause: 'no-installation-candidate', pattern: /has no installation candidate/u, source: `${REAL}/18.txt`, facts: [/Package '(?<package>[^']+)' has no installation candidate/u] },
    { cause: 'unmet-dependencies', pattern: /The following packages have unmet dependencies|you have held broken packages/u, source: `${REAL}/20.txt` },
    { cause: 'dns-failure', pattern: /Temporary failure resolving|Could not resolve '/u, source: `${REAL}/04.txt` },
    {
      cause: 'network-unreachable',
      pattern: /Network is unreachable|Connection timed out|Could not connect to|Cannot initiate the connection to|Connection reset by peer|Unable to connect to|Connection failed|\b50[0234]\s+(?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)/u,
      source: `${REAL}/05.txt`,
    },
    // Success: only when no error line is there (`E:` ends every failed apt run).
    { cause: 'installed', pattern: /^Setting up \S+ \([^)]+\) \.\.\.$/u, unless: /^E: /mu, source: `${REAL}/07.txt`, facts: [/^Setting up (?<package>\S+) \((?<version>[^)]+)\)/u] },
    { cause: 'index-updated', pattern: /^(?:Hit|Get):\d+ /u, unless: /^(?:E|Err|W):/mu, source: `${REAL}/08.txt` },
  ],
};
