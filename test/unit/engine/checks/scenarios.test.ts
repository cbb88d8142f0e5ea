import { describe, expect, it } from 'vitest';
import { evaluateAll, healthyFacts, statuses } from './facts-for.js';
import { SCENARIOS } from './scenarios.js';

const WSL_DEPENDANTS = ['wsl.version', 'wsl.kernel', 'wsl.default-version', 'wsl.distro', 'wsl.distros-wsl1'];

describe('scenario tables (all checks, real prerequisite chaining)', () => {
  it('fresh Windows 11 + RTX 4070: everything passes; the WSL component is not needed', () => {
    const s = statuses(SCENARIOS.freshWin11Rtx4070);
    const notPass = Object.entries(s).filter(([, status]) => status !== 'pass');
    expect(notPass).toEqual([['preflight.wsl-feature', 'skip']]);
  });

  it('virtualization off in firmware', () => {
    const r = evaluateAll(SCENARIOS.virtualizationOffInFirmware);
    expect(r['preflight.virtualization']?.status).toBe('fail');
    expect(r['preflight.virtualization']?.summary.key).toBe('check.preflight.virtualization.fail.firmware');
    expect(r['preflight.virtualization']?.fix?.text.key).toBe('fix.preflight.virtualization.firmware');
    expect(r['preflight.hypervisor-launch']?.status).toBe('pass');
  });

  it('WSL not installed: dependants skip with the prerequisite named', () => {
    const r = evaluateAll(SCENARIOS.wslNotInstalled);
    expect(r['wsl.installed']?.status).toBe('fail');
    for (const id of WSL_DEPENDANTS) {
      expect(r[id]?.status, id).toBe('skip');
      expect(r[id]?.summary, id).toEqual({ key: 'check.skip.prerequisite', params: { id: 'wsl.installed' } });
    }
    expect(r['preflight.vmp']?.status).toBe('fail');
    expect(r['preflight.vmp']?.fix?.text.key).toBe('fix.preflight.vmp.enable');
    expect(r['preflight.services']?.summary.params).toEqual({ names: 'vmcompute, HNS, vfpext, WSLService' });
    expect(r['preflight.hypervisor-launch']?.status).toBe('unknown');
  });

  it('old inbox WSL on Windows 10', () => {
    const r = evaluateAll(SCENARIOS.oldInboxWsl);
    expect(r['wsl.installed']?.summary.key).toBe('check.wsl.installed.pass.inbox');
    expect(r['wsl.version']?.status).toBe('fail');
    expect(r['wsl.kernel']?.summary.key).toBe('check.wsl.kernel.warn.inbox');
    expect(r['wsl.kernel']?.fix?.stepId).toBe('wsl.update');
    expect(r['preflight.windows']?.status).toBe('warn');
    expect(r['preflight.wsl-feature']?.status).toBe('pass');
    expect(r['preflight.services']?.status).toBe('pass');
  });

  it('a distro on WSL 1', () => {
    const r = evaluateAll(SCENARIOS.distroOnWsl1);
    expect(r['wsl.distros-wsl1']?.status).toBe('warn');
    expect(r['wsl.distros-wsl1']?.fix?.text).toEqual({ key: 'fix.wsl.distrosWsl1', params: { name: 'Ubuntu-20.04' } });
    expect(r['preflight.wsl-feature']?.status).toBe('pass');
    expect(r['wsl.distro']?.status).toBe('pass');
  });

  it('NVIDIA driver below the CUDA 13 floor warns, below the CUDA 12 floor fails', () => {
    expect(evaluateAll(SCENARIOS.driverBelowCuda13)['gpu.driver-floor']?.status).toBe('warn');
    const old = evaluateAll(SCENARIOS.driverBelowCuda12);
    expect(old['gpu.driver-stale']?.status).toBe('pass');
    expect(old['gpu.driver-floor']?.status).toBe('fail');
    expect(old['gpu.driver-floor']?.fix?.url).toBe('https://www.nvidia.com/Download/index.aspx');
  });

  it('a TCC card is invisible to WSL', () => {
    const r = evaluateAll(SCENARIOS.tccCard);
    expect(r['gpu.present']?.status).toBe('pass');
    expect(r['gpu.driver-model']?.status).toBe('fail');
    expect(r['gpu.driver-model']?.summary.params).toEqual({ names: '0: NVIDIA L40S' });
  });

  it('Japanese Windows: the facts carry no English labels, so the verdicts are the same', () => {
    expect(statuses(SCENARIOS.japaneseWindows)).toEqual(statuses(healthyFacts()));
  });

  it('a pending restart after enabling the Virtual Machine Platform', () => {
    const r = evaluateAll(SCENARIOS.pendingReboot);
    expect(r['preflight.pending-reboot']?.status).toBe('fail');
    expect(r['preflight.pending-reboot']?.summary.params).toEqual({ components: 'VirtualMachinePlatform' });
    expect(r['preflight.vmp']?.summary.key).toBe('check.preflight.vmp.fail.restartPending');
    expect(r['preflight.services']?.status).toBe('warn');
  });

  it('ARM64 with a Qualcomm GPU', () => {
    const r = evaluateAll(SCENARIOS.arm64);
    expect(r['preflight.arch']?.status).toBe('fail');
    expect(r['preflight.arch']?.summary.key).toBe('check.preflight.arch.fail.arm64');
    expect(r['gpu.present']?.status).toBe('fail');
    for (const id of ['gpu.driver-stale', 'gpu.driver-floor']) expect(r[id]?.summary, id).toEqual({ key: 'check.skip.prerequisite', params: { id: 'gpu.present' } });
    expect(r['gpu.driver-model']?.status).toBe('skip');
  });

  it('running as another user sees that account\'s empty registration', () => {
    const r = evaluateAll(SCENARIOS.runningAsOtherUser);
    expect(r['preflight.account']?.status).toBe('warn');
    expect(r['preflight.account']?.fix?.text.key).toBe('fix.preflight.account.otherUser');
    expect(r['preflight.admin']?.summary.key).toBe('check.preflight.admin.pass.elevated');
    expect(r['wsl.distro']?.status).toBe('warn');
  });

  it('HCS_E_HYPERV_NOT_INSTALLED from wsl.exe fails preflight.virtualization through the overlay', () => {
    const r = evaluateAll(SCENARIOS.hypervNotInstalledError);
    const v = r['preflight.virtualization'];
    expect(v?.status).toBe('fail');
    expect(v?.summary).toEqual({ key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.meaning' });
    expect(v?.fix?.text).toEqual({ key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.fix' });
    expect(v?.evidence[0]?.value).toBe('Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED');
    expect(r['preflight.vmp']?.status).toBe('pass');
  });

  it('judges every check on every scenario without throwing, each with a title and summary', () => {
    for (const [name, facts] of Object.entries(SCENARIOS)) {
      const results = Object.values(evaluateAll(facts));
      expect(results.length, name).toBe(25);
      for (const r of results) {
        expect(r.title.key, `${name}/${r.id}`).toMatch(/^check\./);
        expect(r.summary.key, `${name}/${r.id}`).toMatch(/^(check\.|wslError\.)/);
      }
    }
  });
});
