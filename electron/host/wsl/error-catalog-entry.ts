/**
 * The shape of one WSL error catalog row. Its own file so the rows (error-catalog-data.ts) and
 * the lookup (error-catalog.ts) both name it without importing each other.
 */

/** Broad kind of failure; the first seven are the categories used by the recorded samples. */
export type WslErrorCategory =
  | 'virtualization_disabled'
  | 'feature_not_enabled'
  | 'service_disabled'
  | 'service_missing'
  | 'access_denied'
  | 'no_distribution'
  | 'networking'
  | 'service_failed'
  | 'reboot_pending'
  | 'update_required'
  | 'update_in_progress'
  | 'wsl1_only'
  | 'distro_not_found'
  | 'already_exists'
  | 'already_done'
  | 'console'
  | 'integrity'
  | 'os_unsupported'
  | 'install_failed'
  | 'cancelled'
  | 'wrong_account'
  | 'disk'
  | 'vm_crashed'
  | 'path'
  | 'component_broken'
  | 'unexpected'
  | 'invalid_argument'
  | 'download_failed';

/** English and Japanese text of one catalog field. */
export interface EnJa {
  en: string;
  ja: string;
}

/** One catalog row. */
export interface WslErrorEntry {
  /** The symbolic name wsl.exe prints (last segment of `Wsl/…/SYMBOL`). */
  symbol: string;
  /** `0x` + 8 lowercase hex digits. */
  hresult: string;
  category: WslErrorCategory;
  /** Id of the check this error disproves, e.g. `preflight.virtualization`, `wsl.installed`. */
  failsCheck: string;
  needsReboot: boolean;
  /** The fix needs administrator rights (a UAC prompt). */
  needsAdmin: boolean;
  meaning: EnJa;
  fix: EnJa;
}
