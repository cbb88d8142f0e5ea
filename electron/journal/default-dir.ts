import path from 'node:path';
import type { HostPlatform } from '../contract/platform.js';

/** The app's folder name under the per-user state folder. */
export const APP_STATE_FOLDER = 'wsl-gpu-setup';

/**
 * Where the journal lives for this user: `%LOCALAPPDATA%\wsl-gpu-setup` on Windows (per-user,
 * not roamed: a journal describes this machine), `$XDG_STATE_HOME/wsl-gpu-setup` (default
 * `~/.local/state`) elsewhere. A relative value is ignored (it would depend on the cwd); null when
 * no absolute base is known, so the caller can say so instead of writing somewhere odd.
 */
export function defaultJournalDir(env: NodeJS.ProcessEnv, platform: HostPlatform): string | null {
  if (platform === 'windows') {
    const local = absoluteWin32(env.LOCALAPPDATA);
    if (local) return path.win32.join(local, APP_STATE_FOLDER);
    const profile = absoluteWin32(env.USERPROFILE);
    return profile ? path.win32.join(profile, 'AppData', 'Local', APP_STATE_FOLDER) : null;
  }
  const state = absolutePosix(env.XDG_STATE_HOME);
  if (state) return path.posix.join(state, APP_STATE_FOLDER);
  const home = absolutePosix(env.HOME);
  return home ? path.posix.join(home, '.local', 'state', APP_STATE_FOLDER) : null;
}

/** A drive-letter path (`C:\…`); rooted-without-drive and UNC paths are not a user's local folder. */
function absoluteWin32(value: string | undefined): string | null {
  const v = value?.trim();
  return v && /^[A-Za-z]:[\\/]/.test(v) ? v : null;
}

function absolutePosix(value: string | undefined): string | null {
  const v = value?.trim();
  return v && path.posix.isAbsolute(v) ? v : null;
}
