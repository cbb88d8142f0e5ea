import i18next, { type TFunction } from 'i18next';
import type { Msg } from '../contract/messages.js';
import type { Language } from '../contract/locales/index.js';
import { catalogs, LANGUAGES } from '../contract/locales/index.js';

/** Picks the CLI language: `--lang`, else LC_ALL/LANG (ja_JP.UTF-8 → ja), else English. */
export function pickLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  const wanted = (flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? 'en').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(wanted) ? (wanted as Language) : 'en';
}

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
