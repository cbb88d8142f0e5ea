import type { RetryPolicy } from '../steps/model.js';

/**
 * The wait before the next try of a command whose try number `attempt` ended `retryable`, or null
 * when it gets no other try (no policy, or its tries are spent). One rule for both ways a step
 * runs: the setup machine (apply, resume) and a repair started from the UI (StepRun).
 */
export function retryDelayMs(retry: RetryPolicy | null | undefined, attempt: number): number | null {
  if (!retry || attempt >= retry.attempts) return null;
  const backoff = retry.backoffMs;
  return backoff[Math.min(attempt - 1, backoff.length - 1)] ?? 0;
}
