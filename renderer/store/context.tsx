import { createContext, type ReactNode, useContext } from 'react';
import type { AppStore, AppState } from './index.js';
import type { OutputChannel } from './output-channel.js';

interface Deps {
  store: AppStore;
  output: OutputChannel;
}

const DepsContext = createContext<Deps | null>(null);

/** Provides the store and the output channel to the component tree. */
export function StoreProvider(props: Deps & { children: ReactNode }) {
  return <DepsContext.Provider value={{ store: props.store, output: props.output }}>{props.children}</DepsContext.Provider>;
}

function useDeps(): Deps {
  const deps = useContext(DepsContext);
  if (!deps) throw new Error('StoreProvider is missing');
  return deps;
}

/** Selects a piece of app state (re-renders when it changes). */
export function useAppState<T>(selector: (s: AppState) => T): T {
  return useDeps().store(selector);
}

/** The terminal output channel. */
export function useOutputChannel(): OutputChannel {
  return useDeps().output;
}
