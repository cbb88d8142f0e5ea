/** Messages of gpu.performance about benchmark figures it will not trust, and incomplete runs. */
export const gpuPerf = {
  en: {
    'check.gpu.performance.warn.inconsistent': '{{device}}: the benchmark reported {{reported}} for {{metric}}, but its own size, iterations and time give {{expected}}. The figure is not trusted, so the check cannot pass.',
    'check.gpu.performance.warn.unverifiable': '{{device}}: the benchmark reported {{reported}} for {{metric}} without the size, iterations and time to check it. The figure is not trusted, so the check cannot pass.',
    'check.gpu.performance.warn.abovePeak': '{{device}}: the benchmark reported {{reported}} for {{metric}}, above the card\'s peak of {{expected}}. No card runs above its peak, so the figure is not trusted and the check cannot pass.',
    'check.gpu.performance.warn.partial': 'Part of the benchmark on {{device}} failed ({{count}} error(s), listed below). An incomplete benchmark is at most a warning, however good the other figures.',
    'evidence.perf.suspect': 'Figure not trusted',
    'check.gpu.performance.warn.skipped': 'The benchmark on {{device}} did not measure {{dtypes}}: it ran out of its time budget before them. Without those figures the speed cannot be confirmed, so this is at most a warning; run the benchmark again.',
    'evidence.perf.skipped': 'Not measured',
  },
  ja: {
    'check.gpu.performance.warn.inconsistent': '{{device}}: ベンチマークは {{metric}} を {{reported}} と報告しましたが、同じ結果のサイズ・反復回数・時間から計算すると {{expected}} になります。この数値は信頼できないため、チェックは合格になりません。',
    'check.gpu.performance.warn.unverifiable': '{{device}}: ベンチマークは {{metric}} を {{reported}} と報告しましたが、検算に必要なサイズ・反復回数・時間がありません。この数値は信頼できないため、チェックは合格になりません。',
    'check.gpu.performance.warn.abovePeak': '{{device}}: ベンチマークは {{metric}} を {{reported}} と報告しましたが、これはこのカードのピーク性能 {{expected}} を超えています。ピークを超えることはないため、この数値は信頼できず、チェックは合格になりません。',
    'check.gpu.performance.warn.partial': '{{device}} のベンチマークの一部が失敗しました (エラー {{count}} 件、下記参照)。不完全なベンチマークは、他の数値が良くても警告までです。',
    'evidence.perf.suspect': '信頼できない数値',
    'check.gpu.performance.warn.skipped': '{{device}} のベンチマークは {{dtypes}} を測定しませんでした (時間の上限に達したため)。これらの数値がないと速度を確認できないため、警告までです。ベンチマークをもう一度実行してください。',
    'evidence.perf.skipped': '未測定',
  },
};
