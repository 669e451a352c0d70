import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { findRegexes, scanDirectory } from './find-regexes.js';
import { auditRegex } from './redos.js';

/**
 * Every regular expression written in src/ (found by parsing the sources, so a new rule is covered the moment it
 * is written) is checked for catastrophic backtracking by recheck. Exponential backtracking always fails;
 * polynomial (quadratic and worse) fails unless a `redos-ok: <reason>` comment says why the input is bounded.
 * A RegExp built at run time cannot be audited here and needs such a comment too.
 */
const scan = scanDirectory(join(ROOT, 'src'), ROOT);

describe('regex audit: the scanner finds regexes in source code', () => {
  test.each([
    ['a literal with flags', 'const a = /ab+c/gi;', [['ab+c', 'gi']]],
    ['a literal passed to split', 's.split(/\\s*,\\s*/)', [['\\s*,\\s*', '']]],
    ['new RegExp with a string', "const r = new RegExp('^a|b$', 'u');", [['^a|b$', 'u']]],
    ['RegExp() with a template', 'const r = RegExp(`x\\\\d+`);', [['x\\d+', '']]],
    ['a slash in a character class', 'const r = /[/]+x/;', [['[/]+x', '']]],
    ['not a division', 'const x = a / b / c;', []],
    ['not inside a comment', '// const r = /a+/;\n/* /b+/ */', []],
    ['not inside a string', "const s = '/a+/';", []],
  ])('%s', (_name, code, expected) => {
    const found = findRegexes(code, 'x.ts').regexes.map((r) => [r.source, r.flags]);
    expect(found).toEqual(expected);
  });

  test('a RegExp built from a variable is reported as dynamic', () => {
    const { regexes, dynamic } = findRegexes("const r = new RegExp(WORDS.join('|'), 'g');", 'x.ts');
    expect(regexes).toEqual([]);
    expect(dynamic).toHaveLength(1);
  });

  test.each([
    ['on the same line', 'const r = /\\s*,\\s*/; // redos-ok: input capped at 160 chars', 'input capped at 160 chars'],
    ['on the line above', '// redos-ok: one line only\nconst r = /a*b*a*/;', 'one line only'],
    ['absent', 'const r = /a/;', null],
    ['without a reason', 'const r = /a/; // redos-ok:', null],
  ])('reads a redos-ok reason %s', (_name, code, reason) => {
    expect(findRegexes(code, 'x.ts').regexes[0]!.exemption).toBe(reason);
  });

  test('src/ has regexes to audit', () => {
    expect(scan.regexes.length).toBeGreaterThan(10);
  });
});

describe('regex audit: recheck tells safe from vulnerable', () => {
  test.each([
    ['^(a+)+$', '', 'vulnerable', 'exponential'],
    ['^(\\w+\\s?)*$', '', 'vulnerable', 'exponential'],
    ['\\s*,\\s*', '', 'vulnerable', 'polynomial (degree 2)'],
    ['"[^"]*"', 'g', 'safe', ''],
    ['[^\\p{L}\\p{N}]+', 'u', 'safe', ''],
  ])('/%s/%s is %s', (source, flags, status, detail) => {
    const audit = auditRegex(source, flags);
    expect(audit.status).toBe(status);
    if (detail) expect(audit.detail).toBe(detail);
  });
});

describe('regex audit: no regex in src/ can backtrack catastrophically', () => {
  test.each(scan.regexes.map((r) => [`${r.file}:${r.line} /${r.source}/${r.flags}`, r] as const))('%s', (_name, r) => {
    const audit = auditRegex(r.source, r.flags);
    const where = `${r.file}:${r.line} /${r.source}/${r.flags}`;
    if (audit.status === 'vulnerable') {
      const exempt = r.exemption !== null && audit.detail.startsWith('polynomial');
      expect(exempt, `${where} is ${audit.detail} (hotspot ${audit.hotspot}; attack ${audit.attack}). ` +
        'Rewrite it without nested or adjacent overlapping quantifiers, or scan by hand; a polynomial one whose ' +
        'input is bounded may carry a "redos-ok: <reason>" comment.').toBe(true);
    } else {
      expect(audit.status, `${where}: recheck could not decide (${audit.detail})`).toBe('safe');
    }
  });

  test.each(scan.dynamic.map((d) => [`${d.file}:${d.line}`, d] as const))('%s builds a RegExp at run time', (_name, d) => {
    const lines = readLines(d.file);
    const reasoned = [lines[d.line - 1], lines[d.line - 2]].some((l) => l !== undefined && /redos-ok:\s*\S/.test(l));
    expect(reasoned, `${d.file}:${d.line} builds a RegExp at run time (${d.code}), which the audit cannot check: ` +
      'build it from a literal, or add a "redos-ok: <why it cannot backtrack>" comment').toBe(true);
  });
});

function readLines(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8').split('\n');
}
