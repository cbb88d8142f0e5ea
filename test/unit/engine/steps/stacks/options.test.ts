import { describe, expect, it } from 'vitest';
import { defaultStacks, stackOptions } from '../../../../../electron/engine/steps/stacks/index.js';
import { machines, type MachineName } from './machines.js';

/** `id: supported` for every stack, plus the reason key, in STACK_IDS order. */
function table(name: MachineName): Record<string, string> {
  return Object.fromEntries(stackOptions(machines[name]()).map((o) => [o.id, `${o.supported ? 'yes' : 'no'} ${o.reason.key}`]));
}

describe('stackOptions', () => {
  it('RTX 4070 on 581: every NVIDIA stack, the vendor stacks of others not, DirectML as legacy', () => {
    expect(table('rtx4070')).toEqual({
      pytorch: 'yes setup.stack.pytorch.ok',
      tensorflow: 'yes setup.stack.tensorflow.ok',
      jax: 'yes setup.stack.jax.ok',
      'pytorch-rocm': 'no setup.stack.needsAmd',
      // The machine's Intel UHD 770 iGPU is not an XPU target.
      'pytorch-xpu': 'no setup.stack.xpu.card',
      directml: 'yes setup.stack.directml.ok',
      'cuda-toolkit': 'yes setup.stack.cudaToolkit.ok',
      'docker-nvidia': 'yes setup.stack.dockerNvidia.ok',
    });
    const opts = stackOptions(machines.rtx4070());
    expect(opts.find((o) => o.id === 'pytorch')?.reason.params).toMatchObject({ variant: 'cu132', indexUrl: 'https://download.pytorch.org/whl/cu132' });
    expect(opts.find((o) => o.id === 'jax')?.reason.params).toEqual({ extra: 'jax[cuda13]' });
    expect(opts.find((o) => o.id === 'cuda-toolkit')?.reason.params).toEqual({ package: 'cuda-toolkit-13-0' });
    expect(opts.filter((o) => o.legacy).map((o) => o.id)).toEqual(['directml']);
  });

  it('driver 566 (below the CUDA 13 floor): cu126 wheels, jax[cuda12], toolkit 12.9', () => {
    const opts = stackOptions(machines.rtx4070Driver566());
    expect(opts.find((o) => o.id === 'pytorch')).toMatchObject({ supported: true, reason: { params: { variant: 'cu126', indexUrl: 'https://download.pytorch.org/whl/cu126' } } });
    expect(opts.find((o) => o.id === 'jax')?.reason.params).toEqual({ extra: 'jax[cuda12]' });
    expect(opts.find((o) => o.id === 'cuda-toolkit')?.reason.params).toEqual({ package: 'cuda-toolkit-12-9' });
    expect(opts.find((o) => o.id === 'tensorflow')?.supported).toBe(true);
  });

  it('driver 472 (below CUDA 12): no CUDA stack, each with the driver floor it needs', () => {
    const opts = stackOptions(machines.rtx3060Driver472());
    for (const id of ['pytorch', 'tensorflow', 'jax', 'cuda-toolkit', 'docker-nvidia']) {
      expect(opts.find((o) => o.id === id), id).toMatchObject({ supported: false, reason: { key: 'setup.stack.driverTooOld', params: { minDriver: '528.33' } } });
    }
    expect(opts.find((o) => o.id === 'pytorch')?.reason.params).toMatchObject({ driver: '472.12' });
  });

  it('AMD RX 7900 XTX on Windows 11: ROCm; on Windows 10: not supported, with the reason', () => {
    expect(table('amd')).toMatchObject({ pytorch: 'no setup.stack.needsNvidia', 'pytorch-rocm': 'yes setup.stack.rocm.ok', directml: 'yes setup.stack.directml.ok', 'cuda-toolkit': 'no setup.stack.needsNvidia' });
    expect(stackOptions(machines.amd()).find((o) => o.id === 'pytorch-rocm')?.reason.params).toEqual({ gpu: 'AMD Radeon RX 7900 XTX' });
    expect(table('amdWindows10')['pytorch-rocm']).toBe('no setup.stack.rocm.windows');
  });

  it('Intel: Arc gets XPU, UHD only DirectML', () => {
    expect(table('intelArc')).toMatchObject({ 'pytorch-xpu': 'yes setup.stack.xpu.ok', 'pytorch-rocm': 'no setup.stack.needsAmd', pytorch: 'no setup.stack.needsNvidia' });
    expect(table('intelUhd')).toMatchObject({ 'pytorch-xpu': 'no setup.stack.xpu.card', directml: 'yes setup.stack.directml.ok' });
  });

  it('no GPU: nothing supported, DirectML says why', () => {
    const opts = stackOptions(machines.noGpu());
    expect(opts.filter((o) => o.supported)).toEqual([]);
    expect(opts.find((o) => o.id === 'directml')).toEqual({ id: 'directml', supported: false, reason: { key: 'setup.stack.directml.noGpu' }, legacy: true });
  });
});

describe('defaultStacks', () => {
  it.each<[MachineName, string[], string[]]>([
    ['rtx4070', ['pytorch'], ['cuda-toolkit', 'docker-nvidia', 'pytorch']],
    ['rtx4070Driver566', ['pytorch'], ['cuda-toolkit', 'docker-nvidia', 'pytorch']],
    ['rtx3060Driver472', ['directml'], []],
    ['amd', ['pytorch-rocm'], []],
    ['amdWindows10', ['directml'], []],
    ['intelArc', ['pytorch-xpu'], []],
    ['intelUhd', ['directml'], []],
    ['noGpu', [], []],
    // The beginner gets the compute GPU's own PyTorch; CUDA workflows still go to the NVIDIA card.
    ['amdAndRtx4070', ['pytorch-rocm'], ['cuda-toolkit', 'docker-nvidia', 'pytorch']],
  ])('%s: beginner %j, cuda-pro %j', (name, beginner, cudaPro) => {
    expect(defaultStacks(machines[name](), 'beginner')).toEqual(beginner);
    expect(defaultStacks(machines[name](), 'cuda-pro')).toEqual(cudaPro);
  });
});
