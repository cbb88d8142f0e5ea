import { type Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';

/**
 * Light or dark as Windows is set (the `prefers-color-scheme` media query, which Chromium and
 * Electron follow from the OS setting), updated live when the user switches.
 */

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersDark = (): boolean => window.matchMedia(DARK).matches;

/** The Fluent theme for the OS colour scheme. */
export function useSystemTheme(): Theme {
  return useSyncExternalStore(subscribe, prefersDark) ? webDarkTheme : webLightTheme;
}
