import { FluentProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { App } from './app.js';
import { createI18n, detectLanguage } from './i18n/index.js';
import { connectBridge } from './store/bridge.js';
import { StoreProvider } from './store/context.js';
import { createAppStore } from './store/index.js';
import { OutputChannel } from './store/output-channel.js';
import { useSystemTheme } from './theme/use-system-theme.js';

// zod's JIT probes `new Function`, which the strict CSP forbids.
z.config({ jitless: true });

const language = detectLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
const i18n = createI18n(language);
const store = createAppStore(language);
const output = new OutputChannel();
// Subscribe before the first fetch so no event is missed between the two.
connectBridge(store, output);
void store.getState().load();

/** The app under the Fluent theme that follows the OS colour scheme. */
function ThemedApp() {
  return (
    <FluentProvider theme={useSystemTheme()} style={{ minHeight: '100vh' }}>
      <StoreProvider store={store} output={output}>
        <App />
      </StoreProvider>
    </FluentProvider>
  );
}

const rootEl = document.getElementById('root');
if (rootEl) {
  createRoot(rootEl).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ThemedApp />
      </I18nextProvider>
    </StrictMode>,
  );
}
