import type { AppApi } from '../contract/channels.js';

declare global {
  interface Window {
    /** The contract API exposed by the preload (or by the test bridge). */
    app: AppApi;
  }
}
export {};
