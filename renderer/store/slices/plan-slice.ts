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
    if (!engine.ok) return get().setError(engine.error);
    get().setEngine(engine.value);
    // A dashboard opened after something broke should show the verdicts at once, not a blank page.
    if (engine.value.lastProbeAt === null) await get().runChecks();
  },
});
