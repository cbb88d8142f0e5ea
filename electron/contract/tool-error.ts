/** A failure reported by a tool, reduced to its stable token. */
export interface ToolError {
  /** The token as printed, e.g. `Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED` or `0x1bc`. */
  code: string | null;
  /** `0x` + 8 lowercase hex digits when one is known. */
  hresult: string | null;
  /** A short excerpt of the raw output (redacted, bounded). */
  message: string;
}
