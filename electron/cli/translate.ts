import type { Language } from '../contract/locales/index.js';
import { LANGUAGES } from '../contract/locales/index.js';

/** Picks the CLI language: `--lang`, else LC_ALL/LANG (ja_JP.UTF-8 → ja), else English. */
export function pickLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  const wanted = (flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? 'en').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(wanted) ? (wanted as Language) : 'en';
}
