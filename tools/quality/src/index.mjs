// @ts-check
// Public API of @confnotes/quality. Re-exports only.
export { assetReader, builtPages } from './built-site.mjs';
export { cspHeaderFile, mergePolicies, withPolicyHeader } from './csp/csp-header-file.mjs';
export { inlineScriptBodies, inlineScriptHashesIn, sha256Source } from './csp/inline-script-hashes.mjs';
export { metaPolicies, pageCspProblems, parsePolicy } from './csp/page-csp.mjs';
export { scriptResources, siteCsp, siteDirectives } from './csp/site-csp.mjs';
export { externalRefs } from './external-links.mjs';
export { headerProblems, headersFileRules, nginxHeaders } from './headers.mjs';
export { measureBuild } from './js-budget/measure-build.mjs';
export { BUDGETS, budgetFailures, gzipBytes, kb, measurePage } from './js-budget/page-budget.mjs';
export { pageScripts } from './js-budget/page-scripts.mjs';
export { moduleGraph, staticImports } from './js-budget/static-imports.mjs';
