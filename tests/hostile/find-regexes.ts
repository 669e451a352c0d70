/**
 * Finds the regular expressions written in source files, with the TypeScript parser (so a regex is never
 * confused with a division, and one inside a comment or a string is not counted): regex literals, and
 * `new RegExp(...)` / `RegExp(...)` whose pattern is a string or template literal without substitutions.
 * A RegExp built from anything else (a lexicon joined with "|", a variable) is reported as dynamic: it cannot
 * be audited from the source, only listed.
 *
 * A comment `redos-ok: <reason>` on the regex's line or the line above records why a super-linear but bounded
 * regex is acceptable (say, its input is capped at 200 characters); the audit accepts polynomial findings so
 * marked, never exponential ones.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** The reason given in a `redos-ok:` comment, or null. */
  exemption: string | null;
}

export interface DynamicRegex {
  file: string;
  line: number;
  code: string;
}

export interface Scan {
  regexes: FoundRegex[];
  dynamic: DynamicRegex[];
}

const SOURCE_EXT = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

/** Every source file under a directory, sorted, skipping declaration files. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (SOURCE_EXT.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function literalText(node: ts.Node | undefined): string | null {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

/** The regexes of one file's source text; `file` is only used for reporting. */
export function findRegexes(code: string, file: string): Scan {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const regexes: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const lines = code.split('\n');
  const exemptionAt = (line: number): string | null => {
    for (const l of [lines[line - 1], lines[line - 2]]) {
      const m = l === undefined ? null : /redos-ok:(.*)/.exec(l);
      if (m && m[1]!.trim().length > 0) return m[1]!.trim();
    }
    return null;
  };
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      const line = lineOf(node);
      regexes.push({ file, line, source: text.slice(1, slash), flags: text.slice(slash + 1), exemption: exemptionAt(line) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) &&
               node.expression.text === 'RegExp') {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const source = literalText(args[0]);
      const flags = literalText(args[1]);
      if (args.length > 0 && source !== null && flags !== null) {
        const line = lineOf(node);
        regexes.push({ file, line, source, flags, exemption: exemptionAt(line) });
      } else {
        dynamic.push({ file, line: lineOf(node), code: node.getText(sf).slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { regexes, dynamic };
}

/** Every regex in the source files under `dir`, with paths relative to `root`. */
export function scanDirectory(dir: string, root: string): Scan {
  const all: Scan = { regexes: [], dynamic: [] };
  for (const f of sourceFiles(dir)) {
    const { regexes, dynamic } = findRegexes(readFileSync(f, 'utf8'), relative(root, f));
    all.regexes.push(...regexes);
    all.dynamic.push(...dynamic);
  }
  return all;
}
