// @ts-check
// The rooms of the repository and what each may import (STYLE.md, "Boundaries"), as a check.
import { posix } from 'node:path';
import { mdxImportedNames, mdxImports, openingTags, sourceImports } from './source-imports.mjs';

const CODE = /\.(ts|tsx|mts|js|mjs|jsx|astro)$/;
const WIDGETS_SRC = 'packages/widgets/src/';
/** Folders of `packages/widgets/src` that are not one widget: entries and the shared kit. */
const NOT_A_WIDGET = new Set(['islands', 'shared']);
/** Modules of the DOM or a UI: a package name (and its subpaths) or a whole scope. */
const UI_MODULE =
  /^(?:(?:preact|chart\.js|astro|jsdom|happy-dom|@confnotes\/(?:widgets|site))(?:$|\/)|@preact\/|@astrojs\/|@testing-library\/)/;
const WIDGET_ENTRY = /^@confnotes\/widgets\/[A-Za-z][\w-]*$/;

/**
 * @typedef {object} BoundaryProblem
 * @property {'widget-to-widget' | 'stats-ui' | 'stats-dependency' | 'mdx-import' | 'mdx-hydration' | 'site-stats'} rule
 * @property {string} file repo-relative path of the importing file.
 * @property {string} what the specifier, or the opening tag for `mdx-hydration`.
 * @property {string} message one sentence saying what is wrong and what is allowed.
 */

/**
 * Where a relative specifier of `file` points, repo-relative (`../x` from `a/b/c.ts` → `a/x`).
 * @param {string} file
 * @param {string} specifier
 * @returns {string | null} null for a bare (package) specifier.
 */
export function resolveRelative(file, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

/**
 * The widget folder a path lies in (`packages/widgets/src/DriftLab/x.ts` → `DriftLab`), or null
 * for files outside `packages/widgets/src/<folder>/`.
 * @param {string} path
 * @returns {string | null}
 */
function widgetFolder(path) {
  if (!path.startsWith(WIDGETS_SRC)) return null;
  const parts = path.slice(WIDGETS_SRC.length).split('/');
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

/**
 * A widget (or `shared/`) importing another widget's folder; `islands/` entries may import any.
 * @param {string} file
 * @param {string} specifier
 * @returns {BoundaryProblem | null}
 */
function widgetProblem(file, specifier) {
  const from = widgetFolder(file);
  const target = resolveRelative(file, specifier);
  const to = target === null ? null : widgetFolder(target);
  if (from === null || from === 'islands' || to === null || to === from || NOT_A_WIDGET.has(to)) return null;
  return {
    rule: 'widget-to-widget',
    file,
    what: specifier,
    message: `${from} imports ${to}'s ${target}: a part two widgets use belongs in packages/widgets/src/shared/`,
  };
}

/**
 * Stats is pure: nothing of the DOM, Preact, chart.js or Astro anywhere in the package, and its
 * source depends only on its own files and simple-statistics.
 * @param {string} file
 * @param {string} specifier
 * @returns {BoundaryProblem | null}
 */
function statsProblem(file, specifier) {
  if (!file.startsWith('packages/stats/')) return null;
  if (UI_MODULE.test(specifier)) {
    return { rule: 'stats-ui', file, what: specifier, message: `stats imports ${specifier}: stats knows no DOM or UI` };
  }
  const isSource = file.startsWith('packages/stats/src/');
  if (isSource && resolveRelative(file, specifier) === null && specifier !== 'simple-statistics') {
    return {
      rule: 'stats-dependency',
      file,
      what: specifier,
      message: `stats source imports ${specifier}: it may import only its own files and simple-statistics`,
    };
  }
  return null;
}

/**
 * Site code shows numbers; it does not compute them: no `@confnotes/stats` in `apps/site/src`.
 * @param {string} file
 * @param {string} specifier
 * @returns {BoundaryProblem | null}
 */
function siteProblem(file, specifier) {
  if (!file.startsWith('apps/site/src/')) return null;
  const target = resolveRelative(file, specifier);
  const isStats = /^@confnotes\/stats($|\/)/.test(specifier) || (target?.startsWith('packages/stats/') ?? false);
  if (!isStats) return null;
  return {
    rule: 'site-stats',
    file,
    what: specifier,
    message: `site code imports ${specifier}: numbers come from a widget, the site does no statistics`,
  };
}

/**
 * MDX in `content/` imports only widget entries (`@confnotes/widgets/<Name>`) and MDX partials
 * inside `content/` (which this check reads too), and hydrates every widget with `client:visible`
 * and no other `client:` directive.
 * @param {string} file
 * @param {string} source
 * @returns {BoundaryProblem[]}
 */
function mdxProblems(file, source) {
  /** @type {BoundaryProblem[]} */
  const problems = [];
  for (const specifier of mdxImports(source)) {
    const target = resolveRelative(file, specifier);
    const isPartial = (target?.startsWith('content/') ?? false) && specifier.endsWith('.mdx');
    if (WIDGET_ENTRY.test(specifier) || isPartial) continue;
    problems.push({
      rule: 'mdx-import',
      file,
      what: specifier,
      message: `MDX imports ${specifier}: only @confnotes/widgets/<Name> and .mdx partials in content/`,
    });
  }
  for (const name of mdxImportedNames(source, (s) => WIDGET_ENTRY.test(s))) {
    for (const tag of openingTags(source, name)) {
      const directives = tag.match(/\sclient:[\w-]+/g) ?? [];
      if (directives.length === 1 && directives[0]?.trim() === 'client:visible') continue;
      problems.push({
        rule: 'mdx-hydration',
        file,
        what: tag,
        message: `<${name}> needs exactly client:visible (got ${directives.map((d) => d.trim()).join(', ') || 'none'})`,
      });
    }
  }
  return problems;
}

/**
 * Every boundary a set of files crosses, in file order. Code files are TS/JS/`.astro`; `.mdx` files
 * are read as MDX. Other files are ignored.
 * @param {Array<{ path: string, source: string }>} files repo-relative paths and their text.
 * @returns {BoundaryProblem[]}
 * @example boundaryProblems([{ path: 'apps/site/src/a.ts', source: "import { psi } from '@confnotes/stats';" }])
 * // [{ rule: 'site-stats', file: 'apps/site/src/a.ts', what: '@confnotes/stats', message: '…' }]
 */
export function boundaryProblems(files) {
  return files.flatMap(({ path, source }) => {
    if (path.startsWith('content/') && path.endsWith('.mdx')) return mdxProblems(path, source);
    if (!CODE.test(path)) return [];
    return sourceImports(source).flatMap((specifier) =>
      [widgetProblem, statsProblem, siteProblem].map((rule) => rule(path, specifier)).filter((p) => p !== null),
    );
  });
}
