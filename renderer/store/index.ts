import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Language } from '../../electron/contract/locales/index.js';
import { createHostSlice } from './slices/host-slice.js';
import { createPlanSlice } from './slices/plan-slice.js';
import { createRunSlice } from './slices/run-slice.js';
import { createSetupSlice } from './slices/setup-slice.js';
import { createUiSlice } from './slices/ui-slice.js';
import type { AppState } from './types.js';

/** The bound store hook type. */
export type AppStore = UseBoundStore<StoreApi<AppState>>;

/** Builds a fresh store from its slices (one per app, or one per test). */
export function createAppStore(language: Language): AppStore {
  return create<AppState>()((...a) => ({
    ...createPlanSlice(...a),
    ...createRunSlice(...a),
    ...createHostSlice(...a),
    ...createSetupSlice(...a),
    ...createUiSlice(language)(...a),
  }));
}

export type { AppState, ViewId } from './types.js';
