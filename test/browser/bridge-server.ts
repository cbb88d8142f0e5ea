import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppHost } from '../../electron/app/app-host.js';
import { createAppHost } from '../../electron/app/create-app-host.js';
import { type SupportFolders, supportFolders } from '../../electron/app/support/support-ports.js';
import { detectHost } from '../../electron/host/platform.js';
import { ViewSubscription } from '../../electron/main/ipc/view-subscription.js';
import { type FakeScenario, type FakeSystemRoot, makeFakeSystemRoot } from '../fakes/system-root.js';
import { serveStatic } from './static-files.js';

/** The renderer test build (vite build with VITE_TEST_BRIDGE=1). */
export const TEST_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer-test/', import.meta.url));

/** The script Playwright injects before the app loads; it defines `window.app` over the socket. */
export const BRIDGE_CLIENT_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bridge-client.js');

/** Options of one bridge server. */
export interface BridgeOptions {
  /** Static fake tools replaying recorded outputs… */
  scenario?: FakeScenario;
  /** …or a ready machine folder (the simulated PC), whose tools share one state. */
  machine?: FakeSystemRoot;
  staticDir?: string;
  log?: (line: string) => void;
  /**
   * Serve the bridge client from the page itself (the demo, in any browser) instead of having
   * Playwright inject it.
   */
  injectClient?: boolean;
  /** Extra options of the app host made for each new connection (e.g. launch arguments). */
  hostOptions?: () => { launchArgs?: string[] };
  /** Fixed port (the demo); default: any free port. */
  port?: number;
  /**
   * One app host for every page, as Electron's main process outlives its window's reloads
   * (default: a host per connection, disposed when the page goes).
   */
  shareHost?: boolean;
}

/** WebSocket close code telling the page that the app restarted: it reloads and reconnects. */
export const RELAUNCH_CLOSE_CODE = 4001;

/** A running bridge: the page URL, ack counters, and the fake tools' call log. */
export interface Bridge {
  url: string;
  /** `run:ack` sends received so far, and the characters they acknowledged. */
  acks(): { count: number; chars: number };
  fakes: FakeSystemRoot;
  /**
   * The app hosts' fixed support folders (the page never names a path): saved bundles land in
   * `exports`; a test puts someone's bundle in `inbox` for "Open a bundle". Null without a state folder.
   */
  support: SupportFolders | null;
  /** Ends every app host as a restart would; pages reload and get new hosts. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

type ClientMessage =
  | { id: number; kind: 'invoke'; channel: string; args: unknown[] }
  | { kind: 'send'; channel: string; args: unknown[] }
  // The page's scripts ran and its listeners exist (Electron's dom-ready): events may flow.
  | { kind: 'ready' };

function parse(raw: string): ClientMessage | null {
  try {
    const m = JSON.parse(raw) as Partial<ClientMessage> & { channel?: unknown; args?: unknown };
    if (m.kind === 'ready') return { kind: 'ready' };
    if (typeof m.channel !== 'string' || !Array.isArray(m.args)) return null;
    if (m.kind === 'invoke' && typeof (m as { id?: unknown }).id === 'number') return m as ClientMessage;
    return m.kind === 'send' ? (m as ClientMessage) : null;
  } catch {
    return null;
  }
}

/**
 * Serves the renderer and a `/bridge` WebSocket on 127.0.0.1; each socket gets its own real
 * AppHost (engine, PtyRunner, ExecRunner) driven by fake Windows tools from `scenario`, or by
 * the simulated PC in `machine` (disposed with the bridge).
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const log = options.log ?? (() => {});
  const fakes = options.machine ?? makeFakeSystemRoot(options.scenario ?? {});
  const env = { ...process.env, ...fakes.env };
  const hosts = new Set<AppHost>();
  const acks = { count: 0, chars: 0 };
  const files = serveStatic(options.staticDir ?? TEST_RENDERER_DIR);
  const server = http.createServer((req, res) => void (options.injectClient ? serveWithClient(files, options.staticDir ?? TEST_RENDERER_DIR) : files)(req, res));
  const wss = new WebSocketServer({ server, path: '/bridge' });

  let shared: AppHost | null = null;
  const hostFor = (): AppHost => {
    if (options.shareHost && shared) return shared;
    const host = createAppHost({ env, log, ...(options.hostOptions?.() ?? {}) });
    hosts.add(host);
    if (options.shareHost) shared = host;
    return host;
  };

  wss.on('connection', (ws: WebSocket) => {
    const host = hostFor();
    const push = (msg: unknown) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
    };
    // Subscribed from the page's `ready` until the socket closes, as the Electron router follows
    // the window's page loads: a page that goes releases the flow control it held.
    const view = new ViewSubscription(host, (channel, payload) => push({ kind: 'event', channel, payload }));
    ws.on('message', (data) => {
      const msg = parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'));
      if (!msg) return log('bridge: dropped a malformed message');
      if (msg.kind === 'ready') return view.ready();
      if (msg.kind === 'send') {
        if (msg.channel === 'run:ack') {
          acks.count += 1;
          acks.chars += Number((msg.args[0] as { chars?: unknown } | undefined)?.chars) || 0;
        }
        host.send(msg.channel, msg.args);
        return;
      }
      void host.invoke(msg.channel, msg.args).then((result) => push({ id: msg.id, result }));
    });
    ws.on('close', () => {
      view.gone();
      if (host === shared) return;
      hosts.delete(host);
      void host.dispose();
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    acks: () => ({ ...acks }),
    fakes,
    support: supportFolders(env, detectHost(env)),
    async relaunch() {
      await Promise.all([...hosts].map((h) => h.dispose()));
      hosts.clear();
      shared = null;
      for (const client of wss.clients) client.close(RELAUNCH_CLOSE_CODE, 'restarted');
    },
    async close() {
      await Promise.all([...hosts].map((h) => h.dispose()));
      hosts.clear();
      shared = null;
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fakes.dispose();
    },
  };
}

/** Serves the renderer with the bridge client added to index.html (a plain browser has no preload). */
function serveWithClient(files: ReturnType<typeof serveStatic>, root: string) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === '/bridge-client.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(await fs.readFile(BRIDGE_CLIENT_PATH));
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      const html = await fs.readFile(path.join(root, 'index.html'), 'utf8');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      // Before the app's module script, so `window.app` exists when the app starts.
      res.end(html.replace('<head>', '<head><script src="/bridge-client.js"></script>'));
      return;
    }
    await files(req, res);
  };
}
