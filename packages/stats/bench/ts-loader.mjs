// Minimal Node 20 loader: strips TypeScript types from .ts files with Vite's bundled esbuild,
// so `node --import ./bench/register.mjs bench/run.ts` works without --experimental-strip-types.
import { readFile } from 'node:fs/promises';
import { transformWithEsbuild } from 'vite';

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const path = new URL(url).pathname;
  const source = await readFile(path, 'utf8');
  const out = await transformWithEsbuild(source, path, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: false,
  });
  return { format: 'module', source: out.code, shortCircuit: true };
}
