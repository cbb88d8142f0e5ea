/** Bytes as a short figure in the current language's number format (`1.2 GB`). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Seconds as whole minutes (at least one), for estimates. */
export function estimateMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}
