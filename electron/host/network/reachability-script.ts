import { NETWORK_ENDPOINTS, type NetworkEndpoint } from './endpoints.js';

/**
 * The reachability script: one Windows PowerShell 5.1 process asks every endpoint for one byte,
 * all at once, and prints ONE compressed JSON object of raw measurements (the parser in
 * parse-reachability.ts turns them into outcomes). Read-only: GET with `Range: bytes=0-0`, the
 * body is never read (ResponseHeadersRead), nothing is written anywhere.
 *
 * Why it is built this way:
 * - The user's proxy: `GetSystemWebProxy()` is the WinINET/Internet Options proxy (manual, PAC
 *   or WPAD) that wsl.exe itself uses; it is given the signed-in user's credentials, which is what
 *   WinINET sends to an NTLM/Kerberos proxy. A 407 still means the proxy wants more than that.
 * - Concurrency: HttpClient on .NET Framework starts each request on the thread pool, so a slow
 *   DNS lookup or proxy script does not hold the others back (HttpWebRequest.BeginGetResponse
 *   resolves synchronously). Completion is polled with Task.WaitAny so each endpoint gets its
 *   own duration, and every request shares one deadline.
 * - TLS 1.2 is switched on explicitly: 5.1 on an older .NET defaults to SSL3/TLS 1.0, which
 *   GitHub refuses, and that would read as a TLS failure of the network.
 * - Constrained Language Mode (WDAC/AppLocker) forbids the .NET calls below; the language mode
 *   is checked first with plain PowerShell and, when it is not FullLanguage, the script prints
 *   that fact and stops, so the check can say why nothing was measured.
 * - Only identifiers and numbers are printed for decisions (HTTP status, WebExceptionStatus and
 *   SocketError names); the exception message is translated display text.
 * - The answering URL's query is never printed (release-asset redirects carry signed tokens),
 *   only its host; a proxy is printed as scheme://host:port, never with credentials.
 * - Full-line `#` comments only, no here-strings and no backticks (compactScript strips comments).
 */

/** How long every request may take, all of them together, in milliseconds. */
export const REACHABILITY_DEADLINE_MS = 5000;

const SAFE_ID = /^[a-z0-9][a-z0-9.-]*$/u;
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?:\/[A-Za-z0-9._~/-]*)?$/u;

/** One `@{ Id = '…'; Url = '…' }` line; ids and URLs are checked so none can break the quoting. */
function targetLine(endpoint: NetworkEndpoint): string {
  if (!SAFE_ID.test(endpoint.id) || !SAFE_URL.test(endpoint.url)) throw new RangeError(`unsafe endpoint ${JSON.stringify(endpoint)}`);
  return `@{ Id = '${endpoint.id}'; Url = '${endpoint.url}' }`;
}

/** The script for a list of endpoints (the default: every endpoint the install needs). */
export function reachabilityScript(endpoints: readonly NetworkEndpoint[] = NETWORK_ENDPOINTS): string {
  return String.raw`
# Plain PowerShell first: under Constrained Language Mode nothing after this block may run.
$mode = [string]$ExecutionContext.SessionState.LanguageMode
if ($mode -ne 'FullLanguage') {
  Write-Output (ConvertTo-Json -InputObject @{ schema = 1; languageMode = $mode; endpoints = @() } -Compress)
  exit 0
}
[Console]::OutputEncoding=[Text.UTF8Encoding]::new($false)
$ErrorActionPreference='SilentlyContinue'
$ProgressPreference='SilentlyContinue'
$r = [ordered]@{ schema = 1; languageMode = $mode; deadlineMs = ${REACHABILITY_DEADLINE_MS}; error = $null; endpoints = @() }
$targets = @(
${endpoints.map(targetLine).join('\n')}
)

# The innermost WebException of a failed task (HttpRequestException wraps it), or $null.
function Find-WebException($ex) {
  $x = $ex
  while ($null -ne $x) {
    if ($x -is [Net.WebException]) { return $x }
    $x = $x.InnerException
  }
  return $null
}

try {
  Add-Type -AssemblyName System.Net.Http -ErrorAction Stop
  try { [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12 } catch { }
  $proxy = [Net.WebRequest]::GetSystemWebProxy()
  $proxy.Credentials = [Net.CredentialCache]::DefaultCredentials
  $handler = [Net.Http.HttpClientHandler]::new()
  $handler.Proxy = $proxy
  $handler.UseProxy = $true
  $handler.AllowAutoRedirect = $true
  $client = [Net.Http.HttpClient]::new($handler)
  $client.Timeout = [TimeSpan]::FromMilliseconds(${REACHABILITY_DEADLINE_MS})
  $client.DefaultRequestHeaders.UserAgent.ParseAdd('wsl-gpu-setup-network-check/1')
  $sw = [Diagnostics.Stopwatch]::StartNew()
  $runs = @(foreach ($t in $targets) {
    $uri = [Uri]$t.Url
    $via = $null
    if (-not $proxy.IsBypassed($uri)) { $p = $proxy.GetProxy($uri); $via = $p.Scheme + '://' + $p.Authority }
    $request = [Net.Http.HttpRequestMessage]::new([Net.Http.HttpMethod]::Get, $uri)
    $request.Headers.Range = [Net.Http.Headers.RangeHeaderValue]::new(0, 0)
    [pscustomobject]@{ Id = $t.Id; Proxy = $via; Ms = $null; Task = $client.SendAsync($request, [Net.Http.HttpCompletionOption]::ResponseHeadersRead) }
  })
  $pending = [Collections.Generic.List[object]]::new()
  foreach ($run in $runs) { $pending.Add($run) }
  while ($pending.Count -gt 0) {
    $left = ${REACHABILITY_DEADLINE_MS} + 500 - [int]$sw.ElapsedMilliseconds
    if ($left -le 0) { break }
    $tasks = [Threading.Tasks.Task[]]@($pending | ForEach-Object { $_.Task })
    $i = [Threading.Tasks.Task]::WaitAny($tasks, $left)
    if ($i -lt 0) { break }
    $pending[$i].Ms = [int]$sw.ElapsedMilliseconds
    $pending.RemoveAt($i)
  }
  $r.endpoints = @(foreach ($run in $runs) {
    $e = [ordered]@{ Id = $run.Id; Proxy = $run.Proxy; Completed = $false; Ms = $run.Ms; Status = $null; FinalHost = $null; WebStatus = $null; SocketError = $null; HResult = $null; Message = $null }
    $task = $run.Task
    if ($task.IsCompleted) {
      $e['Completed'] = $true
      if ($task.IsCanceled) {
        $e['WebStatus'] = 'Canceled'
      } elseif ($task.IsFaulted) {
        $root = $task.Exception.GetBaseException()
        $web = Find-WebException $task.Exception
        if ($null -ne $web) {
          $e['WebStatus'] = [string]$web.Status
          if ($null -ne $web.Response) { $e['Status'] = [int]$web.Response.StatusCode }
        }
        if ($root -is [Net.Sockets.SocketException]) { $e['SocketError'] = [string]$root.SocketErrorCode }
        $e['HResult'] = $root.HResult
        $e['Message'] = [string]$root.Message
      } else {
        $response = $task.Result
        $e['Status'] = [int]$response.StatusCode
        $e['FinalHost'] = $response.RequestMessage.RequestUri.Host
        $response.Dispose()
      }
    }
    $e
  })
  $client.CancelPendingRequests()
} catch {
  $r.error = [ordered]@{ hresult = $_.Exception.HResult; message = [string]$_.Exception.Message }
}
[Console]::Out.WriteLine((ConvertTo-Json -InputObject $r -Depth 5 -Compress))
`;
}

/** The script the app sends. */
export const REACHABILITY_SCRIPT = reachabilityScript();
