import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import writeFileAtomic from 'write-file-atomic';

/**
 * The simulated tools are TypeScript, but a diagnose or a setup run starts dozens of them, and
 * loading them through tsx costs about three times a plain Node start. So the tools are bundled
 * once per test process into one ES module under node_modules/.cache (packages stay imports,
 * resolved from the checkout's node_modules), named by its content hash so parallel test
 * processes share it safely. `import.meta.url` keeps meaning each source file's own location.
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
  bundled ??= (async () => {
    const out = await build({
      entryPoints: [path.join(HERE, 'tool-main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      plugins: [ownImportMeta],
    });
    const code = out.outputFiles[0]?.contents;
    if (!code) throw new Error('the simulated tools did not bundle');
    const file = path.join(CACHE, `sim-tool-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(CACHE, { recursive: true });
      writeFileAtomic.sync(file, Buffer.from(code));
    }
    return file;
  })();
  return bundled;
}
