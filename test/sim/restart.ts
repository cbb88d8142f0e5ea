import { FEATURES, type SimState } from './state.js';
import { stopDistro } from './wsl.js';

/**
 * A simulated restart: pending features become active, the volatile InstallStatus value and the
 * CBS RebootPending key vanish, every distro stops, and each RunOnce value runs once at the
 * next logon and is deleted (recorded in `ranAtRestart`). Changes the state in place.
 */
export function applyRestart(state: SimState): void {
  state.restarts += 1;
  for (const f of FEATURES) if (state.features[f] === 'enable-pending') state.features[f] = 'enabled';
  state.pendingReboot = { cbsRebootPending: false, wslInstallStatus: null };
  state.restartRequested = null;
  for (const d of state.distros) stopDistro(d);
  for (const [name, data] of Object.entries(state.runOnce)) state.ranAtRestart.push({ name, data, restart: state.restarts });
  state.runOnce = {};
}
