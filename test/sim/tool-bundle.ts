import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import writeFileAtomic from 'write-file-atomic';

/**
 * The simulated tools are TypeScript, but a diagnose or a setup run starts dozens of them, and
 * loading them through tsx costs about three times a plain Node start. So the tools are bundled
 * once per test process into one ES module under node_modules/.cache, named by its content hash
 * so parallel test processes share it safely. Their two packages (zod, write-file-atomic) are
 * bundled in too: loading them file by file from node_modules cost about a fifth of each tool
 * call's CPU time (0.27 s → 0.22 s per wsl.exe call, measured on the 2-core test machine).
 * `import.meta.url` keeps meaning each source file's own location.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/wsl-gpu-setup-sim');

/** Replaces `import.meta.url` and `import.meta.dirname` in each source with that source's own. */
const ownImportMeta: Plugin = {
  name: 'own-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const contents = source
        .replace(/\bimport\.meta\.url\b/gu, JSON.stringify(pathToFileURL(args.path).href))
        .replace(/\bimport\.meta\.dirname\b/gu, JSON.stringify(path.dirname(args.path)));
      return { contents, loader: 'ts' };
    });
  },
};

let bundled: Promise<string> | null = null;

/** The path of the bundled tool entry (built on first use in this process). */
export function toolEntry(): Promise<string> {
  bundled ??= bundleModule(path.join(HERE, 'tool-main.ts'), 'sim-tool', { inlinePackages: true });
  return bundled;
}

/**
 * CommonJS packages bundled into an ES module still use `require` (for Node's own modules) and
 * `__filename` (write-file-atomic seeds its temp names with it): both are given the bundle's.
 */
const CJS_SHIM = [
  "import { createRequire as __simCreateRequire } from 'node:module';",
  "import { fileURLToPath as __simFileURLToPath } from 'node:url';",
  'const require = __simCreateRequire(import.meta.url);',
  'const __filename = __simFileURLToPath(import.meta.url);',
].join('\n');

/**
 * One TypeScript entry bundled into one ES module under node_modules/.cache, named `<name>-<hash>.mjs`
 * (`import.meta.url` keeps each source's own location). Packages stay imports unless
 * `inlinePackages`. Also used for the CLI the kill scenario starts as a process (a packaged build
 * runs compiled JavaScript too; its packages, node-pty among them, stay imports).
 */
export async function bundleModule(entry: string, name: string, options: { inlinePackages?: boolean } = {}): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    ...(options.inlinePackages ? { banner: { js: CJS_SHIM } } : { packages: 'external' as const }),
    write: false,
    logLevel: 'silent',
    plugins: [ownImportMeta],
  });
  const code = out.outputFiles[0]?.contents;
  if (!code) throw new Error(`${entry} did not bundle`);
  const file = path.join(CACHE, `${name}-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    writeFileAtomic.sync(file, Buffer.from(code));
  }
  return file;
}
