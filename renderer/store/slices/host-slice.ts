import type { StateCreator } from 'zustand';
import { invoke } from '../../ipc/client.js';
import type { AppState, HostSlice } from '../types.js';

/** Host slice: check results and readiness. */
export const createHostSlice: StateCreator<AppState, [], [], HostSlice> = (set, get) => ({
  checks: [],
  readiness: null,
  checkedAt: null,
  checksRunning: false,
  async runChecks() {
    set({ checksRunning: true });
    const result = await invoke('checks:run');
    set({ checksRunning: false });
    if (!result.ok) {
      get().setError(result.error);
      return;
    }
    get().setChecks(result.value.checks, result.value.readiness, result.value.createdAt);
  },
  setChecks(checks, readiness, at) {
    set({ checks, readiness, checkedAt: at });
  },
});
