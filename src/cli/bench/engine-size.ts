// The engine as it would ship: src/core/index.ts and everything it imports (lexicons, weights), bundled,
// minified ESM, then gzipped — the bytes a page pays when an article is found.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { REPO_ROOT } from './corpus';

export interface EngineSize {
  minifiedBytes: number;
  gzipBytes: number;
}

export async function measureEngineSize(entry = resolve(REPO_ROOT, 'src/core/index.ts')): Promise<EngineSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code).byteLength };
}
