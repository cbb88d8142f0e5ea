import i18next, { type TFunction } from 'i18next';
import type { Msg } from '../contract/messages.js';
import type { Language } from '../contract/locales/index.js';
import { catalogs, LANGUAGES } from '../contract/locales/index.js';

/** A translator for engine messages, backed by i18next with the shared catalogs. */
export async function createTranslator(lang: Language): Promise<(m: Msg) => string> {
  const instance = i18next.createInstance();
  const t: TFunction = await instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { engine: catalogs[l] }])),
    defaultNS: 'engine',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (m) => t(m.key, { ...(m.params ?? {}) });
}
