import type { StateCreator } from 'zustand';
import type { Language } from '../../../electron/contract/locales/index.js';
import type { AppState, UiSlice } from '../types.js';

/** UI slice: selected view and step, language, the error banner. */
export function createUiSlice(language: Language): StateCreator<AppState, [], [], UiSlice> {
  return (set) => ({
    view: 'wizard',
    language,
    selectedStepId: null,
    error: null,
    setView: (view) => set({ view }),
    setLanguage: (next) => set({ language: next }),
    selectStep: (stepId) => set({ selectedStepId: stepId }),
    setError: (error) => set({ error }),
  });
}
