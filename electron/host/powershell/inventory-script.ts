/**
 * The Windows inventory script: one Windows PowerShell 5.1 process reads everything the
 * preflight checks need (OS, CPU virtualization, memory, disk, identity, optional features,
 * services, pending-reboot signals, the WSL package, this user's registered distros,
 * `.wslconfig`, display adapters, the hypervisor launch type) and prints ONE compressed JSON
 * object. It is read-only and needs no admin; only the hypervisor launch type is read, and only
 * when the process is already elevated (the BCD store is admin-only).
 *
 * Rules the script keeps (domain.md §1.3):
 * - The first line reads the language mode. On PCs managed with AppLocker or WDAC, PowerShell
 *   runs what it is given in ConstrainedLanguage (about_Language_Modes): cmdlets, CIM, the
 *   registry provider and ConvertTo-Json work, but methods and static members of .NET types
 *   outside a short allow-list do not — `[Console]`, `[Text.UTF8Encoding]`, `WindowsIdentity`,
 *   `IO.StreamReader`, `RegistryKey.GetValue` among them. Each section that needs one of these
 *   has a second road for that mode, and the mode goes into the JSON, so a locked-down PC
 *   gives a smaller inventory that says why, never no inventory at all.
 * - In FullLanguage, stdout is switched to UTF-8 without BOM; otherwise 5.1 writes the OEM code
 *   page. In ConstrainedLanguage the switch is not allowed, so the JSON is made pure ASCII
 *   (every other character as a \uXXXX escape), which every code page carries unchanged.
 * - Every section has its own try/catch and records `{ error: { hresult, message } }`, so one
 *   failing CIM class does not lose the rest. CIM calls use `-ErrorAction Stop` so the catch
 *   fires; everything else runs under `SilentlyContinue`.
 * - Lists are built with `@(...)` and stored as dictionary values, which `ConvertTo-Json`
 *   keeps as arrays even with one element; the depth is raised from the default 2.
 * - Only numbers, enums, booleans and identifiers are meant for decisions; `Caption` and
 *   `DriverDesc` are display text (they are translated on localized Windows).
 * - Dates are formatted in the script (5.1 would print `\/Date(…)\/`).
 * - Full-line `#` comments only, no here-strings and no backticks: `compactScript` strips the
 *   comment lines so the encoded command line stays short (see commands.ts).
 *
 * Kept as a `String.raw` literal so PowerShell's backslashes reach it unchanged.
 */
export const INVENTORY_SCRIPT = String.raw`
$mode = [string]$ExecutionContext.SessionState.LanguageMode
$full = ($mode -eq 'FullLanguage')
if ($full) { [Console]::OutputEncoding=[Text.UTF8Encoding]::new($false) }
$ErrorActionPreference='SilentlyContinue'
# Progress records would otherwise go to stderr as CLIXML.
$ProgressPreference='SilentlyContinue'

# The error record of a failed section: HResult is a stable number, the message is for people.
function Get-Failure($err) {
  [ordered]@{ error = [ordered]@{ hresult = $err.Exception.HResult; message = [string]$err.Exception.Message } }
}

# One registry value, raw (REG_BINARY stays a byte array, REG_QWORD an Int64); $null when absent.
# RegistryKey.GetValue is not allowed in ConstrainedLanguage; Get-ItemProperty is (it expands
# REG_EXPAND_SZ values, which none of the values read here are meant to be). '' is the default value.
function Get-RegValue([string]$path, [string]$name) {
  if (-not $full) {
    $props = Get-ItemProperty -LiteralPath $path -ErrorAction SilentlyContinue
    if ($null -eq $props) { return $null }
    if ($name -eq '') { $name = '(default)' }
    return $props.$name
  }
  $key = Get-Item -LiteralPath $path -ErrorAction SilentlyContinue
  if ($null -eq $key) { return $null }
  return $key.GetValue($name, $null, 'DoNotExpandEnvironmentNames')
}

$r = [ordered]@{ schema = 1; languageMode = $mode }
$lxssKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Lxss'

# os: the build number and UBR decide support; EditionID is an identifier (Core, Professional);
# Caption is translated display text. DisplayVersion exists from 20H2, ReleaseId before it.
try {
  $os = Get-CimInstance -ClassName Win32_OperatingSystem -ErrorAction Stop
  $cv = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
  $r.os = [ordered]@{
    Caption = [string]$os.Caption
    Version = [string]$os.Version
    BuildNumber = [string]$os.BuildNumber
    ProductType = $os.ProductType
    UBR = Get-RegValue $cv 'UBR'
    DisplayVersion = Get-RegValue $cv 'DisplayVersion'
    ReleaseId = Get-RegValue $cv 'ReleaseId'
    EditionID = Get-RegValue $cv 'EditionID'
  }
} catch { $r.os = Get-Failure $_ }

# cpu: Architecture is numeric (0 x86, 5 ARM, 9 x64, 12 ARM64), unlike the translated
# OSArchitecture string. The three flags only mean something while no hypervisor runs.
try {
  $cpu = @(Get-CimInstance -ClassName Win32_Processor -ErrorAction Stop)[0]
  $r.cpu = [ordered]@{
    Architecture = $cpu.Architecture
    Name = [string]$cpu.Name
    VirtualizationFirmwareEnabled = $cpu.VirtualizationFirmwareEnabled
    SecondLevelAddressTranslationExtensions = $cpu.SecondLevelAddressTranslationExtensions
    VMMonitorModeExtensions = $cpu.VMMonitorModeExtensions
  }
} catch { $r.cpu = Get-Failure $_ }

# computer: UserName is the user at the console, which differs from the process user when the
# app was elevated with other credentials (domain.md §8.3).
try {
  $cs = Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop
  $r.computer = [ordered]@{
    HypervisorPresent = $cs.HypervisorPresent
    TotalPhysicalMemory = $cs.TotalPhysicalMemory
    UserName = $cs.UserName
  }
} catch { $r.computer = Get-Failure $_ }

# disk: the system drive only; the drive name is checked before it goes into the CIM filter.
try {
  $drive = [string]$env:SystemDrive
  if ($drive -notmatch '^[A-Za-z]:$') { throw 'SystemDrive is not a drive letter' }
  $disk = @(Get-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID='" + $drive + "'") -ErrorAction Stop)[0]
  $r.disk = [ordered]@{ Drive = $drive; FreeSpace = $disk.FreeSpace; Size = $disk.Size }
} catch { $r.disk = Get-Failure $_ }

# identity: the process user. Elevated = the token holds the Administrators group enabled.
# Under UAC an admin's filtered token lists Administrators only as a deny-only SID, which
# WindowsIdentity.Groups leaves out but Claims reports with the denyonlysid claim type.
# ConstrainedLanguage cannot open the token: this process's owner comes from CIM instead, and
# the three token flags stay unknown rather than guessed.
try {
  if ($full) {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = [Security.Principal.WindowsPrincipal]::new($id)
    $admins = 'S-1-5-32-544'
    $r.identity = [ordered]@{
      Name = $id.Name
      Sid = $id.User.Value
      IsSystem = $id.IsSystem
      Elevated = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
      AdminGroup = (@($id.Groups | ForEach-Object { $_.Value }) -contains $admins)
      AdminDenyOnly = (@($id.Claims | Where-Object { $_.Type -like '*/denyonlysid' -and $_.Value -eq $admins }).Count -gt 0)
    }
  } else {
    $self = Get-CimInstance -ClassName Win32_Process -Filter ('ProcessId=' + $PID) -ErrorAction Stop
    $owner = Invoke-CimMethod -InputObject $self -MethodName GetOwner -ErrorAction Stop
    $ownerSid = Invoke-CimMethod -InputObject $self -MethodName GetOwnerSid -ErrorAction Stop
    $r.identity = [ordered]@{ Name = ([string]$owner.Domain + '\' + [string]$owner.User); Sid = $ownerSid.Sid; IsSystem = ($ownerSid.Sid -eq 'S-1-5-18'); Elevated = $null; AdminGroup = $null; AdminDenyOnly = $null }
  }
} catch { $r.identity = Get-Failure $_ }

# features: the CIM class needs no admin (Get-WindowsOptionalFeature does).
# InstallState: 1 enabled, 2 disabled, 3 absent, 4 unknown; a feature the edition lacks is not listed.
try {
  $filter = "Name='VirtualMachinePlatform' OR Name='Microsoft-Windows-Subsystem-Linux' OR Name='Microsoft-Hyper-V-All' OR Name='HypervisorPlatform'"
  $r.features = @(Get-CimInstance -ClassName Win32_OptionalFeature -Filter $filter -ErrorAction Stop | ForEach-Object {
    [ordered]@{ Name = $_.Name; InstallState = $_.InstallState }
  })
} catch { $r.features = Get-Failure $_ }

# services: vfpext and lxss are kernel drivers, hence Win32_BaseService rather than Get-Service.
# State and StartMode are fixed English identifiers in WMI, not translated text.
try {
  $filter = "Name='vmcompute' OR Name='HNS' OR Name='vfpext' OR Name='WSLService' OR Name='LxssManager' OR Name='lxss' OR Name='SharedAccess'"
  $r.services = @(Get-CimInstance -ClassName Win32_BaseService -Filter $filter -ErrorAction Stop | ForEach-Object {
    [ordered]@{ Name = $_.Name; State = $_.State; StartMode = $_.StartMode }
  })
} catch { $r.services = Get-Failure $_ }

# pendingReboot: each signal of domain.md §1.4 as a boolean. InstallStatus is a volatile key
# WSL writes when it enabled components this boot; its default value lists them.
try {
  $statusKey = $lxssKey + '\InstallStatus'
  $status = Get-RegValue $statusKey ''
  if ($status -is [array]) { $status = $status -join ',' }
  $renames = Get-RegValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' 'PendingFileRenameOperations'
  $r.pendingReboot = [ordered]@{
    WslInstallStatus = (Test-Path -LiteralPath $statusKey)
    WslInstallStatusValue = $status
    CbsRebootPending = (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending')
    WindowsUpdateRebootRequired = (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired')
    PendingFileRenameOperations = (@($renames | Where-Object { $_ }).Count -gt 0)
  }
} catch { $r.pendingReboot = Get-Failure $_ }

# wslPackage: the MSI-based WSL package registers here; absent = only the old inbox component.
# The Appx query is its own try: the Appx module is missing on some Server installs.
try {
  $msiKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Lxss\MSI'
  $appxVersion = $null
  try {
    $appx = @(Get-AppxPackage -Name 'MicrosoftCorporationII.WindowsSubsystemForLinux' -ErrorAction Stop)[0]
    if ($appx) { $appxVersion = [string]$appx.Version }
  } catch { }
  $r.wslPackage = [ordered]@{
    InstallLocation = Get-RegValue $msiKey 'InstallLocation'
    Version = Get-RegValue $msiKey 'Version'
    AppxVersion = $appxVersion
  }
} catch { $r.wslPackage = Get-Failure $_ }

# lxss: this user's registered distros straight from HKCU, so no wsl.exe call starts the VM.
# Only {GUID} subkeys are distros (InstallStatus lives beside them).
try {
  $distros = @(Get-ChildItem -LiteralPath $lxssKey -ErrorAction SilentlyContinue | Where-Object { $_.PSChildName -match '^\{[0-9A-Fa-f-]{36}\}$' } | ForEach-Object {
    $k = $_.PSPath
    [ordered]@{ Id = $_.PSChildName; DistributionName = Get-RegValue $k 'DistributionName'; Version = Get-RegValue $k 'Version'; BasePath = Get-RegValue $k 'BasePath'; State = Get-RegValue $k 'State' }
  })
  $r.lxss = [ordered]@{
    Exists = (Test-Path -LiteralPath $lxssKey)
    DefaultDistribution = Get-RegValue $lxssKey 'DefaultDistribution'
    DefaultVersion = Get-RegValue $lxssKey 'DefaultVersion'
    Distros = $distros
  }
} catch { $r.lxss = Get-Failure $_ }

# wslconfig: the user's global WSL 2 settings, at most 64 KiB (a BOM picks the encoding).
# ConstrainedLanguage cannot make a StreamReader: Get-Content reads the file whole instead, and
# only when it is small enough to hold (a larger one is reported truncated, without content).
try {
  $path = Join-Path $env:USERPROFILE '.wslconfig'
  $exists = Test-Path -LiteralPath $path -PathType Leaf
  $content = $null
  $truncated = $false
  if ($exists -and -not $full) {
    $size = (Get-Item -LiteralPath $path).Length
    if ($size -gt 1048576) { $truncated = $true } else {
      $content = [string](Get-Content -LiteralPath $path -Raw -Encoding UTF8)
      if ($content.Length -gt 65536) { $content = $content.Substring(0, 65536); $truncated = $true }
    }
  } elseif ($exists) {
    $reader = [IO.StreamReader]::new($path, [Text.UTF8Encoding]::new($false), $true)
    try {
      $buffer = New-Object char[] 65536
      $count = $reader.ReadBlock($buffer, 0, $buffer.Length)
      $content = [string]::new($buffer, 0, $count)
      $truncated = ($reader.Peek() -ge 0)
    } finally { $reader.Dispose() }
  }
  $r.wslconfig = [ordered]@{ Exists = $exists; Content = $content; Truncated = $truncated }
} catch { $r.wslconfig = Get-Failure $_ }

# gpus: the video controllers plus the display-class registry entries, joined by the parser.
# AdapterRAM is a uint32 (caps at 4 GiB); HardwareInformation.qwMemorySize is the 64-bit size.
# DriverKey (the device's Enum value "Driver", e.g. {4d36e968-...}\0001) names its class entry.
# RadeonSoftwareVersion: AMD's release in the adapter's class entry; sources: MaynardMiner/SWARM
# issue 49, lemonade-sdk/lemonade pull 3455 (the value holds 26.7.1 beside DriverVersion 32.0.31035.1003).
try {
  $controllers = @(Get-CimInstance -ClassName Win32_VideoController -ErrorAction Stop | ForEach-Object {
    $driverKey = $null
    if ($_.PNPDeviceID) { $driverKey = Get-RegValue ('HKLM:\SYSTEM\CurrentControlSet\Enum\' + $_.PNPDeviceID) 'Driver' }
    $date = $null
    if ($_.DriverDate) { $date = $_.DriverDate.ToString('yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture) }
    [ordered]@{
      Name = $_.Name
      AdapterCompatibility = $_.AdapterCompatibility
      DriverVersion = $_.DriverVersion
      DriverDate = $date
      PNPDeviceID = $_.PNPDeviceID
      AdapterRAM = $_.AdapterRAM
      ConfigManagerErrorCode = $_.ConfigManagerErrorCode
      DriverKey = $driverKey
    }
  })
  $classKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\Class\{4d36e968-e325-11ce-bfc1-08002be10318}'
  $displayClass = @(Get-ChildItem -LiteralPath $classKey -ErrorAction SilentlyContinue | Where-Object { $_.PSChildName -match '^\d{4}$' } | ForEach-Object {
    [ordered]@{
      Key = $_.PSChildName
      DriverDesc = Get-RegValue $_.PSPath 'DriverDesc'
      MatchingDeviceId = Get-RegValue $_.PSPath 'MatchingDeviceId'
      DriverVersion = Get-RegValue $_.PSPath 'DriverVersion'
      QwMemorySize = Get-RegValue $_.PSPath 'HardwareInformation.qwMemorySize'
      MemorySize = Get-RegValue $_.PSPath 'HardwareInformation.MemorySize'
      RadeonSoftwareVersion = Get-RegValue $_.PSPath 'RadeonSoftwareVersion'
    }
  })
  # AMD's Adrenalin release (24.8.1) is not the Windows DriverVersion (31.0.x): AMD writes it per
  # adapter as RadeonSoftwareVersion above, and machine-wide under SOFTWARE\AMD\CN (the fallback).
  $amdRelease = Get-RegValue 'HKLM:\SOFTWARE\AMD\CN' 'RadeonSoftwareVersion'
  $r.gpus = [ordered]@{ Controllers = $controllers; DisplayClass = $displayClass; AmdRadeonSoftwareVersion = $amdRelease }
} catch { $r.gpus = Get-Failure $_ }

# hypervisorLaunchType: the BCD store is admin-only, so unelevated runs report a reason instead.
# Elevated: read element 0x250000F0 (hypervisorlaunchtype: 0 Off, 1 Auto) of the well-known
# {current} object {fa926493-6f1c-4193-a414-58f0b2456d1e} through WMI, which gives a number
# rather than bcdedit's text. If WMI fails, keep bcdedit's one matching line raw: element names
# are not translated, the headings around them are. ConstrainedLanguage can neither tell whether
# the token is elevated nor call the BCD methods, so it reports that reason instead.
try {
  $h = [ordered]@{ Elevated = $null; Source = $null; IsSet = $null; Value = $null; Raw = $null; Reason = $null }
  if ($full) { $h['Elevated'] = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator) }
  if (-not $full) {
    $h['Reason'] = 'language-mode'
  } elseif (-not $h['Elevated']) {
    $h['Reason'] = 'not-elevated'
  } else {
    try {
      $store = ([wmiclass]'root\wmi:BcdStore').OpenStore('')
      if (-not $store.ReturnValue) { throw 'BcdStore.OpenStore failed' }
      $current = $store.Store.OpenObject('{fa926493-6f1c-4193-a414-58f0b2456d1e}')
      if (-not $current.ReturnValue) { throw 'BcdStore.OpenObject failed' }
      $element = $current.Object.GetElement(0x250000F0)
      $h['Source'] = 'wmi-bcd'
      $h['IsSet'] = [bool]$element.ReturnValue
      if ($element.ReturnValue) { $h['Value'] = [string]$element.Element.Integer }
    } catch {
      $lines = & ($env:SystemRoot + '\System32\bcdedit.exe') /enum '{current}'
      $h['Source'] = 'bcdedit'
      $h['Raw'] = @($lines | Where-Object { $_ -match 'hypervisorlaunchtype' })[0]
      if ($LASTEXITCODE -ne 0) { $h['Reason'] = 'unreadable' }
    }
  }
  $r.hypervisorLaunchType = $h
} catch { $r.hypervisorLaunchType = Get-Failure $_ }

$json = ConvertTo-Json -InputObject $r -Depth 8 -Compress
if ($full) {
  [Console]::Out.WriteLine($json)
} else {
  # No [Console] and no encoding switch here: every non-ASCII character becomes a \uXXXX escape,
  # so the console's OEM code page (437, 932, ...) carries the JSON byte for byte.
  if ($json -match '[^\x00-\x7F]') {
    $json = -join @(foreach ($c in $json.ToCharArray()) { if ([int]$c -lt 128) { [string]$c } else { '\u{0:x4}' -f [int]$c } })
  }
  Write-Output $json
}
`;
