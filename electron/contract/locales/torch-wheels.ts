/** Fix texts built from the PyTorch wheel table (assets/data/torch-wheels.json): which wheel, its index, its driver floor. */
export const torchWheels = {
  en: {
    'fix.framework.wheel': 'This GPU ({{arch}}) needs a PyTorch build with kernels for it: pip install torch --index-url {{indexUrl}} (the {{variant}} wheels of PyTorch {{release}}; NVIDIA driver {{minDriver}} or newer).',
    'fix.framework.wheelDriver': 'This GPU ({{arch}}) needs the {{variant}} PyTorch wheels, and they need NVIDIA driver {{minDriver}} or newer (this machine has {{driver}}). Update the NVIDIA driver first, then: pip install torch --index-url {{indexUrl}}',
    'fix.framework.noWheel': 'No current PyTorch CUDA wheel (PyTorch {{release}}) has kernels for this GPU ({{arch}}): they cover {{supported}}.',
  },
  ja: {
    'fix.framework.wheel': 'この GPU ({{arch}}) には、対応するカーネルを含む PyTorch ビルドが必要です: pip install torch --index-url {{indexUrl}} (PyTorch {{release}} の {{variant}} wheel。NVIDIA ドライバー {{minDriver}} 以降が必要です)。',
    'fix.framework.wheelDriver': 'この GPU ({{arch}}) には PyTorch の {{variant}} wheel が必要で、それには NVIDIA ドライバー {{minDriver}} 以降が必要です (このマシンは {{driver}})。先に NVIDIA ドライバーを更新してから実行してください: pip install torch --index-url {{indexUrl}}',
    'fix.framework.noWheel': '現在の PyTorch CUDA wheel (PyTorch {{release}}) には、この GPU ({{arch}}) 用のカーネルがありません。対応範囲は {{supported}} です。',
  },
};
