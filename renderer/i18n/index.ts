import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, type Language, LANGUAGES } from '../../electron/contract/locales/index.js';
import { uiEn, uiJa } from './ui-strings.js';

/** Namespace of the renderer's own strings. */
export const UI_NS = 'ui';
/** Namespace of the engine's `Msg` catalogs. */
export const ENGINE_NS = 'engine';

/** Picks the starting language from the browser's preference (Japanese or English). */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LANGUAGES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}

/** Creates and initialises the i18next instance used by the whole renderer. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [UI_NS, ENGINE_NS],
    defaultNS: UI_NS,
    resources: {
      en: { [UI_NS]: uiEn, [ENGINE_NS]: catalogs.en },
      ja: { [UI_NS]: uiJa, [ENGINE_NS]: catalogs.ja },
    },
    // React escapes output itself; engine params are plain values.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
