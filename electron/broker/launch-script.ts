/**
 * Starts the broker elevated (one UAC prompt). Run by the unelevated Windows PowerShell 5.1 with
 * `-EncodedCommand`; the request ({ file, arguments }) comes as JSON on stdin, so the script text
 * is constant and the per-launch secret never shows on this unelevated process's command line
 * or environment, which the user's other processes could read.
 *
 * It calls Process.Start with the `runas` verb (what `Start-Process -Verb RunAs` does) directly,
 * so a refusal arrives as the Win32Exception itself: ERROR_CANCELLED (1223) means the person
 * declined the prompt and becomes exit code 1223, matched by number on every Windows language.
 * Any other failure exits 1.
 */
export const LAUNCH_BROKER_SCRIPT = `$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
try {
    $request = [Console]::In.ReadToEnd() | ConvertFrom-Json
    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = [string]$request.file
    $info.Arguments = [string]$request.arguments
    $info.UseShellExecute = $true
    $info.Verb = 'runas'
    $null = [System.Diagnostics.Process]::Start($info)
    exit 0
} catch {
    # Walk the wrapped exceptions to the Win32 error number; never read the message text.
    $e = $_.Exception
    while ($null -ne $e) {
        if ($e -is [System.ComponentModel.Win32Exception] -and $e.NativeErrorCode -eq 1223) { exit 1223 }
        $e = $e.InnerException
    }
    exit 1
}
`;

/** The script's exit code for a declined UAC prompt (Win32 ERROR_CANCELLED). */
export const UAC_DECLINED_EXIT = 1223;
