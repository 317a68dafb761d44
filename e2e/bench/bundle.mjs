import { build } from 'esbuild';

/** Bundles TypeScript source (imports relative to the repo root) as one minified script to run in a page. */
export async function bundleForPage(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0].text;
}

/** Bundles TypeScript source for Node and imports it, e.g. to reuse the unit tests' data generators. */
export async function importForNode(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
