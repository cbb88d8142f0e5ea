/** The signed 32-bit value of an exit code (4294967295 → -1), so tables list each code once. */
export function normalizeExitCode(code: number): number {
  return code > 0x7fffffff && code <= 0xffffffff ? code - 0x1_0000_0000 : code;
}
