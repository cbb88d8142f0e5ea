import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Msg } from '../../electron/contract/messages.js';
import { ENGINE_NS } from './index.js';

/** Returns a function that resolves an engine `Msg` in the current language. */
export function useMsg(): (msg: Msg) => string {
  const { t } = useTranslation(ENGINE_NS);
  return useCallback((msg: Msg) => t(msg.key, { ...(msg.params ?? {}) }), [t]);
}
