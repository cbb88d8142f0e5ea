import type { StateCreator } from 'zustand';
import { invoke } from '../../ipc/client.js';
import type { AppState, SetupSlice } from '../types.js';

/**
 * Setup slice: the profile a person picked, the plan they were shown, and the run it became.
 * The renderer sends a profile, choices and its consent — never a plan or a command line; the
 * engine plans again from fresh facts when the plan is accepted.
 */
export const createSetupSlice: StateCreator<AppState, [], [], SetupSlice> = (set, get) => ({
  profile: 'beginner',
  choices: {},
  plan: null,
  planning: false,
  setupRun: null,
  applying: false,
  setProfile(profile) {
    set({ profile, plan: null });
  },
  setChoices(choices) {
    set({ choices: { ...get().choices, ...choices }, plan: null });
  },
  async makePlan() {
    set({ planning: true });
    const result = await invoke('setup:plan', { profile: get().profile, choices: get().choices });
    set({ planning: false });
    if (!result.ok) return get().setError(result.error);
    set({ plan: result.value });
  },
  async applyPlan(password) {
    set({ applying: true });
    const args = { profile: get().profile, choices: get().choices, accepted: true as const, ...(password ? { password } : {}) };
    const result = await invoke('setup:apply', args);
    set({ applying: false });
    if (!result.ok) get().setError(result.error);
  },
  async resumeSetup() {
    const result = await invoke('setup:resume');
    if (!result.ok) get().setError(result.error);
  },
  async cancelSetup() {
    const run = get().setupRun;
    if (!run) return;
    const result = await invoke('setup:cancel', { runId: run.runId });
    if (!result.ok) get().setError(result.error);
  },
  setSetupRun(view) {
    set({ setupRun: view });
  },
});
