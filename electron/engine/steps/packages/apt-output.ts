import type { CauseRule } from './output-cause.js';
import { nextActionBy, refineBy } from './output-cause.js';

/**
 * apt-get's C-locale messages, in order of precedence: what needs the person first (disk, lock,
 * a broken dpkg), then what no retry fixes (hashes, signatures, 404, unknown packages), and only
 * then transient network trouble. apt-get update exits 0 when an index failed to download
 * (`W: Failed to fetch … Temporary failure resolving`), so the text decides even after exit 0.
 * Samples: test/fixtures/steps/apt (recorded public pastes, sources in their .meta.json).
 */
export const APT_RULES: readonly CauseRule[] = [
  { cause: 'disk-full', pattern: /No space left on device|You don't have enough free space in/u },
  // With DPkg::Lock::Timeout=300 apt has already waited five minutes when it prints this.
  { cause: 'apt-lock-held', pattern: /Could not get lock |Unable to acquire the dpkg frontend lock|dpkg frontend is locked by another process/u },
  { cause: 'dpkg-interrupted', pattern: /dpkg was interrupted, you must manually run/u },
  { cause: 'hash-mismatch', pattern: /Hash Sum mismatch|File has unexpected size|Hashes of expected file:/u },
  { cause: 'repo-signature-rejected', pattern: /signature verification failed|The following signatures (?:couldn't be verified|were invalid)|NO_PUBKEY|is not signed\./u },
  { cause: 'not-found-404', pattern: /\b404\s+Not Found|does not have a Release file/u },
  { cause: 'package-not-found', pattern: /Unable to locate package |has no installation candidate/u },
  { cause: 'unmet-dependencies', pattern: /The following packages have unmet dependencies|you have held broken packages/u },
  {
    cause: 'network',
    pattern: /Temporary failure resolving|Could not resolve '|Network is unreachable|Connection timed out|Could not connect to|Cannot initiate the connection to|Connection reset by peer|Unable to connect to|Connection failed|\b50[0234]\s+(?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)/u,
  },
];

/** Refines an apt-get command's outcome from its output tail. */
export const refineApt = refineBy(APT_RULES);

/** The next action an apt-get failure points to. */
export const aptNextAction = nextActionBy(APT_RULES);
