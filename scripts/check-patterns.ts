// A second opinion on every regular expression literal in the given folders (default extract/): recheck
// (https://makenowjust-labs.github.io/recheck/) looks for inputs that make a pattern backtrack exponentially or
// polynomially, and prints an attack string for each one it finds. It takes a few minutes, so it is a tool for the
// author of a pattern (npm run check:patterns), not part of npm test; the CI guarantee is the linear-time test
// (tests/unit/extract/linear-time.test.ts). A pattern only ever applied to a short, bounded slice of text may be
// reported and still be safe in use; say so in a comment beside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const dirs = process.argv.slice(2);
let checked = 0;
let flagged = 0;
const t0 = Date.now();
for (const file of (dirs.length ? dirs : ['extract']).flatMap((d) => tsFiles(d))) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext, true);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const slash = text.lastIndexOf('/');
      const result = checkSync(text.slice(1, slash), text.slice(slash + 1), { timeout: 10_000 });
      checked++;
      if (result.status !== 'safe') {
        flagged++;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        const why = result.status === 'vulnerable' ? `${result.complexity.summary}, e.g. ${result.attack.pattern}` : result.status;
        console.log(`${file}:${line + 1}: ${why}\n  ${text.slice(0, 120)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
console.log(`${checked} patterns checked, ${flagged} flagged, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
