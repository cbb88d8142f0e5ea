// Test-only stand-in for the Electron preload: defines `window.app` (the contract's AppApi:
// invoke / send / on) over a WebSocket to the bridge server that served this page. Playwright
// injects it with page.addInitScript before the app loads; the product bundle never contains it.
(() => {
  if (window.app) return;
  const ws = new WebSocket(`ws://${location.host}/bridge`);
  const queue = [];
  const pending = new Map();
  const listeners = new Map();
  let nextId = 1;
  // Only the throughput bench defines __benchHooks; it counts what reached the page.
  const bench = window.__benchHooks;

  const post = (msg) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(msg));
    else queue.push(msg);
  };
  ws.addEventListener('open', () => {
    for (const msg of queue.splice(0)) ws.send(JSON.stringify(msg));
  });
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(e.data);
    if (msg.kind === 'event') {
      if (bench && msg.channel === 'run:output') {
        // The stream's clock starts at its first output (page clock), after the program started.
        if (bench.received === 0) bench.firstOutputAt = window.performance.now();
        bench.received += msg.payload.data.length;
      }
      if (bench && msg.channel === 'run:exit') bench.exit = msg.payload;
      for (const fn of listeners.get(msg.channel) ?? []) fn(msg.payload);
      return;
    }
    const resolve = pending.get(msg.id);
    pending.delete(msg.id);
    if (resolve) resolve(msg.result);
  });
  ws.addEventListener('close', (e) => {
    // 4001: the app restarted (a simulated Windows restart in the demo): start again like a relaunch.
    if (e.code === 4001) window.setTimeout(() => location.reload(), 500);
    // A whole AppError, as the contract's appError('internal', …) builds it: the renderer reads its msg and next.
    const error = { code: 'internal', message: 'bridge closed', msg: { key: 'error.internal' }, next: { kind: 'support', label: { key: 'next.support' } } };
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  });

  // Events flow once the app's scripts ran and registered their listeners (module scripts run
  // before DOMContentLoaded), as Electron's main subscribes a page at dom-ready.
  const ready = () => post({ kind: 'ready' });
  if (window.document.readyState === 'loading') window.document.addEventListener('DOMContentLoaded', ready, { once: true });
  else ready();

  window.app = Object.freeze({
    invoke(channel, ...args) {
      return new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        post({ id, kind: 'invoke', channel, args });
      });
    },
    send(channel, ...args) {
      post({ kind: 'send', channel, args });
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      const fn = (payload) => listener(payload);
      set.add(fn);
      return () => set.delete(fn);
    },
  });
})();
