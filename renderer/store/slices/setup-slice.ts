import type { StateCreator } from 'zustand';
import type { AppError } from '../../../electron/contract/errors.js';
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
  setupTitles: {},
  resumeError: null,
  setupReadiness: null,
  verifying: false,
  installedStacks: [],
  checkTitles: {},
  setProfile(profile) {
    set({ profile, plan: null });
  },
  setChoices(choices) {
    // The user name only changes that step's argv: the panel plans again when the field is left.
    // The backup box only adds or drops distro.export: the panel plans again at once (apply waits for it).
    const keepsPlan = Object.keys(choices).every((k) => k === 'user' || k === 'exportBeforeChange');
    set({ choices: { ...get().choices, ...choices }, ...(keepsPlan ? {} : { plan: null }) });
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
  async loadSetup() {
    const result = await invoke('setup:get');
    if (!result.ok) return get().setError(result.error);
    const { run, titles, resumeError, installed, checkTitles } = result.value;
    // A setup:state that came in meanwhile is newer than this answer.
    if (run && get().setupRun?.runId !== run.runId) get().setSetupRun(run);
    set({ setupTitles: titles, resumeError, installedStacks: installed, checkTitles });
  },
  async resumeSetup(password) {
    const result = await invoke('setup:resume', ...(password ? ([{ password }] as const) : ([] as const)));
    if (result.ok) return set({ resumeError: null });
    if (isPasswordNeeded(result.error)) return set({ resumeError: result.error });
    get().setError(result.error);
  },
  async verifySetup() {
    set({ verifying: true });
    const result = await invoke('setup:verify');
    set({ verifying: false });
    if (!result.ok) return get().setError(result.error);
    set({ setupReadiness: result.value.readiness });
  },
  async cancelSetup() {
    const run = get().setupRun;
    if (!run) return;
    const result = await invoke('setup:cancel', { runId: run.runId });
    if (!result.ok) get().setError(result.error);
  },
  setSetupRun(view) {
    const was = get().setupRun;
    set({ setupRun: view, ...(view.state === 'running' ? { resumeError: null } : {}) });
    // Done: judge what was installed, once per run, and list the stacks it recorded.
    if (view.state === 'done' && (was?.runId !== view.runId || was.state !== 'done')) {
      void get().verifySetup();
      void get().loadSetup();
    }
  },
  async undoStack(stack) {
    const result = await invoke('setup:undo', { stack });
    // Removed or not, the journal may have changed: list what it records now.
    await get().loadSetup();
    if (!result.ok) {
      get().setError(result.error);
      return null;
    }
    // The readiness shown for the finished run judged what is now gone: judge it again.
    if (get().setupRun?.state === 'done') void get().verifySetup();
    return result.value;
  },
});

/** The journaled run needs the new Linux user's password again (it is never saved). */
export function isPasswordNeeded(error: AppError | null): boolean {
  return error?.msg.key === 'setup.error.passwordNeeded';
}
