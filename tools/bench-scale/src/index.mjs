// @ts-check

export { buildCacheDir, scratchOutDir } from './build-dirs.mjs';
export { main } from './cli.mjs';
export { compareTrees, firstDifferentByte } from './compare-trees.mjs';
export { checkDeterminism } from './determinism-cli.mjs';
export { isListingPage, measureOutput, median } from './measure-output.mjs';
export { parseArgs } from './parse-args.mjs';
export { parentPidOf, processTreeRss, rssBytesOf } from './process-tree-rss.mjs';
export { seededChooser } from './random.mjs';
export { readTemplates } from './read-templates.mjs';
export { runBuild } from './run-build.mjs';
export { sidebarHtml } from './sidebar-html.mjs';
export { syntheticContent } from './synthetic-content.mjs';
export { checkTargets, limits } from './targets.mjs';
