import { buildTestRenderer } from './build-renderer.js';

/** Builds the test renderer once before any spec runs. */
export default function globalSetup(): void {
  buildTestRenderer();
}
