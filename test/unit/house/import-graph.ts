/**
 * The project's own import graph, read with TypeScript's pre-processor (no type checking, so it
 * takes well under a second): every relative `import`, `import type`, `export … from` and
 * `import()` of every .ts/.tsx file under the given folders. Type-only imports count: a cycle of
 * types still ties two modules together.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** File (relative to the root, `/`-separated) → files it imports, in source order. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = folders.flatMap((folder) => sourceFiles(path.join(root, folder))).map((f) => toKey(root, f));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const imported = ts.preProcessFile(text, true, true).importedFiles.map((ref) => ref.fileName);
    graph.set(file, imported.flatMap((spec) => resolveRelative(file, spec, known)));
  }
  return graph;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

function toKey(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** `./x.js` written in `a/b.ts` → `a/x.ts` (or `.tsx`, or `a/x/index.ts`); packages are not ours. */
function resolveRelative(from: string, spec: string, known: ReadonlySet<string>): string[] {
  if (!spec.startsWith('.')) return [];
  const base = path.posix.join(path.posix.dirname(from), spec).replace(/\.(js|jsx|ts|tsx)$/, '');
  const hit = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => known.has(candidate));
  return hit ? [hit] : [];
}

/**
 * Every import cycle, one per strongly connected component (Tarjan), each reported as a closed
 * path `a → b → … → a` through that component, starting at its alphabetically first file.
 */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    const selfLoop = (graph.get(v) ?? []).includes(v);
    if (component.length > 1 || selfLoop) components.push(component);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((c) => closedPath(graph, new Set(c)));
}

/** A shortest path from the component's first file back to itself, staying inside the component. */
function closedPath(graph: ImportGraph, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const between: string[] = [];
        for (let at = v; at !== start; at = cameFrom.get(at)!) between.unshift(at);
        return [start, ...between, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** Imports from files under `from` into files under `into` (folder prefixes with a trailing `/`). */
export function importsAcross(graph: ImportGraph, from: string, into: string): string[] {
  return [...graph].flatMap(([file, deps]) => (file.startsWith(from) ? deps.filter((d) => d.startsWith(into)).map((d) => `${file} → ${d}`) : []));
}
