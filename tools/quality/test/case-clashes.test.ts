import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseClashes } from '../src/repo/case-clashes.mjs';
import { repoFiles } from '../src/repo/repo-files.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('caseClashes', () => {
  it('finds names that differ only in case once the extension is dropped', () => {
    const paths = ['w/DriftLab/Charts.tsx', 'w/DriftLab/charts.ts', 'w/DriftLab/model.ts', 'w/README.md'];
    expect(caseClashes(paths)).toEqual([['w/DriftLab/Charts', 'w/DriftLab/charts']]);
  });

  it('finds the same name in two cases with one extension, and folders spelled two ways', () => {
    const paths = ['docs/README.md', 'docs/readme.md', 'src/DriftLab/a.ts', 'src/driftlab/b.ts'];
    expect(caseClashes(paths)).toEqual([
      ['docs/README', 'docs/readme'],
      ['src/DriftLab', 'src/driftlab'],
    ]);
  });

  it('leaves alone one name with two extensions, dot-files and names in different folders', () => {
    const paths = ['a/x.ts', 'a/x.test.ts', 'a/x.css', '.gitignore', 'b/.gitignore', 'a/Y.ts', 'b/y.ts'];
    expect(caseClashes(paths)).toEqual([]);
  });
});

describe('the repository', () => {
  it('has no two files or folders whose names differ only in case (tracked or about to be added)', () => {
    expect(caseClashes(repoFiles(REPO_ROOT))).toEqual([]);
  });
});
