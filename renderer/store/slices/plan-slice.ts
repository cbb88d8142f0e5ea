import type { StateCreator } from 'zustand';
import { invoke } from '../../ipc/client.js';
import type { AppState, PlanSlice } from '../types.js';

/** Plan slice: the engine view and app info. */
export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set, get) => ({
  engine: null,
  info: null,
  setEngine(view) {
    set({ engine: view, activeRun: view.activeRun });
    // The engine view carries the latest checks too; keep the dashboard in step with it.
    if (view.checks.length > 0) get().setChecks(view.checks, view.readiness, view.lastProbeAt);
  },
  async load() {
    const [info, engine] = await Promise.all([invoke('app:info'), invoke('engine:get')]);
    if (info.ok) set({ info: info.value });
    if (engine.ok) get().setEngine(engine.value);
    else get().setError(engine.error);
  },
});
