/**
 * A localizable message: a key into the locale catalogs plus its parameters. Engine code
 * never holds English prose; the CLI and the renderer resolve keys in the user's language.
 */
export interface Msg {
  key: string;
  params?: Record<string, string | number | null>;
}

/** Builds a message. */
export function msg(key: string, params?: Msg['params']): Msg {
  return params === undefined ? { key } : { key, params };
}
