import { z } from 'zod';
import { isRecord, psBool, psByteSize, psCount, psDay, psList, psString } from './ps-values.js';

/**
 * Zod schemas for the sections the inventory script prints (PowerShell's PascalCase keys in,
 * camelCase out). Every field is lenient: a value of the wrong shape becomes null rather than
 * failing its section, so only a section that is not an object at all is lost.
 */

/** Caps that keep the parsed inventory bounded whatever the input. */
export const INVENTORY_LIMITS = { features: 16, services: 32, distros: 64, controllers: 16, displayClass: 32, wslconfigChars: 64 * 1024 } as const;

const str = (max?: number) => z.preprocess((v) => psString(v, max), z.string().nullable());
const count = z.preprocess(psCount, z.number().nullable());
const bytes = z.preprocess(psByteSize, z.number().nullable());
const bool = z.preprocess(psBool, z.boolean().nullable());
const day = z.preprocess(psDay, z.string().nullable());
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => psList(v, max).filter(isRecord), z.array(item));

/** Win32_OperatingSystem plus the CurrentVersion registry values. */
export const osSchema = z
  .object({ Caption: str(), Version: str(64), BuildNumber: count, UBR: count, DisplayVersion: str(32), ReleaseId: str(32), EditionID: str(64), ProductType: count })
  .transform((o) => ({
    caption: o.Caption,
    version: o.Version,
    build: o.BuildNumber,
    ubr: o.UBR,
    displayVersion: o.DisplayVersion,
    releaseId: o.ReleaseId,
    editionId: o.EditionID,
    productType: o.ProductType,
  }));

/** The first Win32_Processor. */
export const cpuSchema = z
  .object({ Architecture: count, Name: str(), VirtualizationFirmwareEnabled: bool, SecondLevelAddressTranslationExtensions: bool, VMMonitorModeExtensions: bool })
  .transform((o) => ({
    architecture: o.Architecture,
    name: o.Name,
    virtualizationFirmwareEnabled: o.VirtualizationFirmwareEnabled,
    slat: o.SecondLevelAddressTranslationExtensions,
    vmMonitorModeExtensions: o.VMMonitorModeExtensions,
  }));

/** Win32_ComputerSystem. */
export const computerSchema = z
  .object({ HypervisorPresent: bool, TotalPhysicalMemory: bytes, UserName: str(256) })
  .transform((o) => ({ hypervisorPresent: o.HypervisorPresent, totalPhysicalMemory: o.TotalPhysicalMemory, userName: o.UserName }));

/** Win32_LogicalDisk of the system drive. */
export const diskSchema = z
  .object({ Drive: str(8), FreeSpace: bytes, Size: bytes })
  .transform((o) => ({ drive: o.Drive, freeSpace: o.FreeSpace, size: o.Size }));

/** The process token. */
export const identitySchema = z
  .object({ Name: str(256), Sid: str(256), IsSystem: bool, Elevated: bool, AdminGroup: bool, AdminDenyOnly: bool })
  .transform((o) => ({ name: o.Name, sid: o.Sid, isSystem: o.IsSystem, elevated: o.Elevated, adminGroup: o.AdminGroup, adminDenyOnly: o.AdminDenyOnly }));

/** Win32_OptionalFeature rows. */
export const featuresSchema = list(z.object({ Name: str(128), InstallState: count }).transform((o) => ({ name: o.Name, installState: o.InstallState })), INVENTORY_LIMITS.features);

/** Win32_BaseService rows. */
export const servicesSchema = list(
  z.object({ Name: str(128), State: str(32), StartMode: str(32) }).transform((o) => ({ name: o.Name, state: o.State, startMode: o.StartMode })),
  INVENTORY_LIMITS.services,
);

/** The pending-reboot signals of domain.md §1.4. */
export const pendingRebootSchema = z
  .object({ WslInstallStatus: bool, WslInstallStatusValue: str(), CbsRebootPending: bool, WindowsUpdateRebootRequired: bool, PendingFileRenameOperations: bool })
  .transform((o) => ({
    wslInstallStatus: o.WslInstallStatus,
    wslInstallStatusValue: o.WslInstallStatusValue,
    cbsRebootPending: o.CbsRebootPending,
    windowsUpdateRebootRequired: o.WindowsUpdateRebootRequired,
    pendingFileRenameOperations: o.PendingFileRenameOperations,
  }));

/** The WSL package: MSI registration and the Appx package version. */
export const wslPackageSchema = z
  .object({ InstallLocation: str(), Version: str(64), AppxVersion: str(64) })
  .transform((o) => ({ installLocation: o.InstallLocation, msiVersion: o.Version, appxVersion: o.AppxVersion }));

const distroSchema = z
  .object({ Id: str(64), DistributionName: str(256), Version: count, BasePath: str(1024), State: count })
  .transform((o) => ({ id: o.Id, name: o.DistributionName, version: o.Version, basePath: o.BasePath, state: o.State }));

/** HKCU Lxss: this user's registered distros. */
export const lxssSchema = z
  .object({ Exists: bool, DefaultDistribution: str(64), DefaultVersion: count, Distros: list(distroSchema, INVENTORY_LIMITS.distros) })
  .transform((o) => ({ exists: o.Exists, defaultDistribution: o.DefaultDistribution, defaultVersion: o.DefaultVersion, distros: o.Distros }));

/** `%UserProfile%\.wslconfig`, at most 64 KiB. */
export const wslconfigSchema = z
  .object({ Exists: bool, Content: z.preprocess((v) => (typeof v === 'string' ? v.slice(0, INVENTORY_LIMITS.wslconfigChars) : null), z.string().nullable()), Truncated: bool })
  .transform((o) => ({ exists: o.Exists, content: o.Content, truncated: o.Truncated }));

const controllerSchema = z
  .object({ Name: str(256), AdapterCompatibility: str(256), DriverVersion: str(64), DriverDate: day, PNPDeviceID: str(512), AdapterRAM: bytes, ConfigManagerErrorCode: count, DriverKey: str(256) })
  .transform((o) => ({
    name: o.Name,
    adapterCompatibility: o.AdapterCompatibility,
    driverVersion: o.DriverVersion,
    driverDate: o.DriverDate,
    pnpDeviceId: o.PNPDeviceID,
    adapterRam: o.AdapterRAM,
    configManagerErrorCode: o.ConfigManagerErrorCode,
    driverKey: o.DriverKey,
  }));

const displayClassSchema = z
  .object({ Key: str(16), DriverDesc: str(256), MatchingDeviceId: str(512), DriverVersion: str(64), QwMemorySize: bytes, MemorySize: bytes, RadeonSoftwareVersion: str(32) })
  .transform((o) => ({
    key: o.Key,
    driverDesc: o.DriverDesc,
    matchingDeviceId: o.MatchingDeviceId,
    driverVersion: o.DriverVersion,
    qwMemorySize: o.QwMemorySize,
    memorySize: o.MemorySize,
    /** AMD's Adrenalin release for this adapter (`24.8.1`); absent on other vendors and older inventories. */
    radeonSoftwareVersion: o.RadeonSoftwareVersion,
  }));

/** Win32_VideoController rows and the display-class registry entries, not yet joined. */
export const gpusSchema = z
  .object({ Controllers: list(controllerSchema, INVENTORY_LIMITS.controllers), DisplayClass: list(displayClassSchema, INVENTORY_LIMITS.displayClass), AmdRadeonSoftwareVersion: str(32) })
  .transform((o) => ({ controllers: o.Controllers, displayClass: o.DisplayClass, amdRadeonSoftwareVersion: o.AmdRadeonSoftwareVersion }));

/** The hypervisor launch type as read (or why it was not). */
export const hypervisorLaunchSchema = z
  .object({ Elevated: bool, Source: str(16), IsSet: bool, Value: count, Raw: str(256), Reason: str(32) })
  .transform((o) => ({ elevated: o.Elevated, source: o.Source, isSet: o.IsSet, value: o.Value, raw: o.Raw, reason: o.Reason }));

/** The Win32_VideoController schema, for callers reading a bare `ConvertTo-Json` of that class. */
export const videoControllerListSchema = list(controllerSchema, INVENTORY_LIMITS.controllers);
