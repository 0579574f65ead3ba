// Build-time: which files of a build the service worker precaches. Pure, so it is tested on a
// made-up bundle; vitePlugin.ts feeds it the real one.

/** One output file of the build, as much of it as the choice needs. */
export interface BuiltFile {
  fileName: string;
  /** `chunk` for JavaScript the bundler made, `asset` for everything else. */
  type: 'chunk' | 'asset';
  /** An entry chunk (the app's main script). */
  isEntry?: boolean;
  /** Chunks this chunk imports statically (needed before it runs). */
  imports?: readonly string[];
  /** Size in bytes. */
  size: number;
}

/**
 * Lazy chunks larger than this are cached when first used instead of precached: the Zoom Video
 * SDK (about 1 MB) is only for the video room, which needs a network anyway.
 */
export const LAZY_PRECACHE_LIMIT = 400 * 1024;

/** Files a worker never precaches: source maps, the worker itself, build metadata. */
function neverPrecached(fileName: string): boolean {
  return fileName.endsWith('.map') || fileName === 'sw.js' || fileName.startsWith('.vite/');
}

/**
 * The app shell: index.html, every file the entry needs before it runs, every lazy chunk and
 * asset up to {@link LAZY_PRECACHE_LIMIT} (the /shelter page's chunk is one: it must open
 * offline), and the public files. Paths are absolute, sorted, without duplicates.
 */
export function selectPrecache(
  files: readonly BuiltFile[],
  publicFiles: readonly string[] = [],
): string[] {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  const needed = new Set<string>();
  const visit = (name: string) => {
    if (needed.has(name)) return;
    needed.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  for (const file of files) if (file.type === 'chunk' && file.isEntry) visit(file.fileName);
  const chosen = files
    .filter((file) => !neverPrecached(file.fileName))
    .filter((file) => needed.has(file.fileName) || file.size <= LAZY_PRECACHE_LIMIT)
    .map((file) => file.fileName);
  const all = new Set(
    [...chosen, ...publicFiles.filter((name) => !neverPrecached(name))].map((name) =>
      name.startsWith('/') ? name : `/${name}`,
    ),
  );
  all.add('/index.html');
  return [...all].sort();
}
