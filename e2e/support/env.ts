// Where the build under test lives and which ports serve it. Overridable so several
// developers (or agents) can build and test in parallel without sharing a dist folder:
//   SITE_OUT_DIR=./dist-ml E2E_PORT=4400 pnpm test
/** Build folder, relative to apps/site. */
export const outDir = process.env.SITE_OUT_DIR ?? './dist';
/** The SITE_BASE=/confnotes/ variant's build folder, relative to apps/site. */
export const subpathOutDir = `${outDir.replace(/\/$/, '')}-subpath`;
export const port = Number(process.env.E2E_PORT ?? 4321);
export const subpathPort = port + 1;
/** E2E_SKIP_SUBPATH=1 skips the sub-path build and its checks (quicker local loops; CI never sets it). */
export const skipSubpath = process.env.E2E_SKIP_SUBPATH === '1';
/** The build of a scratch content folder with the hostile fixture conference imported (E2E_PORT + 2). */
export const importedOutDir = `${outDir.replace(/\/$/, '')}-imported`;
export const importedPort = port + 2;
/** E2E_SKIP_IMPORTED=1 skips that build, its server and the hostile-import spec (CI never sets it). */
export const skipImported = process.env.E2E_SKIP_IMPORTED === '1';
