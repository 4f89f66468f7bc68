import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outsideReferences } from '../src/repo/outside-references.mjs';
import { readRepoFiles, repoFiles } from '../src/repo/repo-files.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
// Built from parts so that this file does not cite the contract itself.
const SECTION = ['spec', '§'].join(' ');
const PART = ['Spec', 'Part 2'].join(' ');
const TIGHT = ['spec', '§4'].join('');

describe('outsideReferences', () => {
  it('finds section citations of the contract in any case, with their line numbers', () => {
    const files = [
      { path: 'a.ts', source: `ok\n * Reference: ${SECTION}3.3; Yurdakul (2018).` },
      { path: 'b.md', source: `${SECTION.toUpperCase()}11 fixtures\n${PART} background\n${TIGHT}` },
    ];
    expect(outsideReferences(files)).toEqual([
      { path: 'a.ts', line: 2, text: `* Reference: ${SECTION}3.3; Yurdakul (2018).` },
      { path: 'b.md', line: 1, text: `${SECTION.toUpperCase()}11 fixtures` },
      { path: 'b.md', line: 2, text: `${PART} background` },
      { path: 'b.md', line: 3, text: TIGHT },
    ]);
  });

  it('leaves alone followable citations, other uses of the word and binary files', () => {
    const files = [
      { path: 'a.ts', source: 'Reference: docs/stats-conventions.md#psi-bins; RFC 9000 §4.1' },
      { path: 'b.ts', source: 'decodeState(spec, params); e2e/specs/gate-csp.spec.ts; a StateSpec' },
      { path: 'c.png', source: `\0PNG ${SECTION}1` },
    ];
    expect(outsideReferences(files)).toEqual([]);
  });
});

describe('the repository', () => {
  it('cites no section of a contract document it does not hold (tracked or about to be added)', () => {
    const paths = repoFiles(REPO_ROOT).filter((p) => existsSync(join(REPO_ROOT, p)));
    expect(outsideReferences(readRepoFiles(REPO_ROOT, paths))).toEqual([]);
  });
});
