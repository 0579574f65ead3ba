// A Vite plugin that builds the service worker with the app: src/sw/sw.ts becomes /sw.js, with
// the list of files to precache and a version (a hash of their contents) written in.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { selectPrecache } from './precache.ts';

const PLACEHOLDER = /(["'`])__MACHI_DX_PRECACHE_MANIFEST__\1/;

function listFiles(directory: string, root = directory): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory()
      ? listFiles(path, root)
      : [relative(root, path).split('\\').join('/')];
  });
}

/** Emits `sw.js` from `entry`, precaching the build's app shell under a versioned cache name. */
export function serviceWorkerPlugin(options: { entry: string }): Plugin {
  let publicDir = '';
  return {
    name: 'machi-dx:service-worker',
    apply: 'build',
    // After Vite has emitted index.html and minified the chunks.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: options.entry, fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const worker = bundle['sw.js'];
      if (worker?.type !== 'chunk') this.error('sw.js was not built');
      // A classic worker cannot import: everything it uses must be inside sw.js.
      if (worker.imports.length > 0) this.error(`sw.js imports ${worker.imports.join(', ')}`);
      const contents = new Map<string, string | Uint8Array>();
      for (const file of Object.values(bundle)) {
        contents.set(file.fileName, file.type === 'chunk' ? file.code : file.source);
      }
      const publicFiles = listFiles(publicDir);
      for (const name of publicFiles) contents.set(name, readFileSync(join(publicDir, name)));
      const files = selectPrecache(
        Object.values(bundle).map((file) =>
          file.type === 'chunk'
            ? {
                fileName: file.fileName,
                type: 'chunk',
                isEntry: file.isEntry,
                imports: file.imports,
                size: file.code.length,
              }
            : { fileName: file.fileName, type: 'asset', size: file.source.length },
        ),
        publicFiles,
      );
      const hash = createHash('sha256');
      for (const file of files) {
        hash.update(file);
        hash.update(contents.get(file.slice(1)) ?? '');
      }
      const manifest = { version: hash.digest('hex').slice(0, 16), files };
      if (!PLACEHOLDER.test(worker.code))
        this.error('the precache placeholder is missing from sw.js');
      worker.code = worker.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(manifest)));
    },
  };
}
