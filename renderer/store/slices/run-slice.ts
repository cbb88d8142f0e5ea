import type { StateCreator } from 'zustand';
import { invoke } from '../../ipc/client.js';
import type { AppState, RunSlice } from '../types.js';

/** Run slice: which run is active, how runs ended, and whether output went missing. */
export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  activeRun: null,
  starting: false,
  exits: {},
  gap: null,
  async startStep(stepId) {
    set({ starting: true, gap: null });
    const result = await invoke('step:start', { stepId });
    set({ starting: false });
    if (!result.ok) {
      get().setError(result.error);
      return;
    }
    // The engine also pushes `engine:state`; this covers the window before it arrives, unless
    // the run already exited (a fast run can finish before this answer is read).
    const { runId } = result.value;
    if (!get().activeRun && get().exits[stepId]?.runId !== runId) set({ activeRun: { runId, stepId } });
  },
  async cancelRun() {
    const run = get().activeRun;
    if (!run) return;
    const result = await invoke('run:cancel', { runId: run.runId });
    if (!result.ok) get().setError(result.error);
  },
  runExited(event) {
    set((s) => ({
      exits: { ...s.exits, [event.stepId]: event },
      activeRun: s.activeRun?.runId === event.runId ? null : s.activeRun,
    }));
  },
  noteGap(runId, from, to) {
    set({ gap: { runId, from, to } });
  },
});
