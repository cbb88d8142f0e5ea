import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

/**
 * A real PowerShell grammar under Node (../shared/docs/stack.md §12): tree-sitter-powershell's
 * wasm build loaded by web-tree-sitter. It proves syntax only — not Windows PowerShell 5.1
 * semantics, not Constrained Language Mode — so it sits beside the recorded-output tests.
 */

/** One place the grammar found wrong: an `ERROR` node or a token it had to invent. */
export interface SyntaxProblem {
  kind: 'error' | 'missing';
  line: number;
  column: number;
  text: string;
}

let parser: Parser | null = null;

async function loadParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
  const p = new Parser();
  p.setLanguage(await Language.load(wasm));
  parser = p;
  return p;
}

function collect(node: Node, out: SyntaxProblem[]): void {
  if (node.isError || node.isMissing) {
    out.push({ kind: node.isMissing ? 'missing' : 'error', line: node.startPosition.row + 1, column: node.startPosition.column + 1, text: node.text.slice(0, 80) });
  }
  if (!node.hasError && !node.isMissing) return;
  for (const child of node.children) if (child) collect(child, out);
}

/** Every syntax problem the grammar finds in `script` (empty for a script that parses). */
export async function powershellSyntaxProblems(script: string): Promise<SyntaxProblem[]> {
  const tree = (await loadParser()).parse(script);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const out: SyntaxProblem[] = [];
  collect(tree.rootNode, out);
  tree.delete();
  return out;
}
