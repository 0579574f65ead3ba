import { type BuiltFile, LAZY_PRECACHE_LIMIT, selectPrecache } from './precache';

const files: BuiltFile[] = [
  { fileName: 'index.html', type: 'asset', size: 900 },
  {
    fileName: 'assets/index-a1.js',
    type: 'chunk',
    isEntry: true,
    imports: ['assets/vendor-b2.js'],
    size: 490_000,
  },
  { fileName: 'assets/vendor-b2.js', type: 'chunk', size: 600_000 },
  { fileName: 'assets/index-a1.js.map', type: 'asset', size: 1_700_000 },
  { fileName: 'assets/index-c3.css', type: 'asset', size: 55_000 },
  {
    fileName: 'assets/ShelterPage-d4.js',
    type: 'chunk',
    imports: ['assets/vendor-b2.js'],
    size: 142_000,
  },
  { fileName: 'assets/index.esm-e5.js', type: 'chunk', size: LAZY_PRECACHE_LIMIT + 1 },
  { fileName: 'sw.js', type: 'chunk', isEntry: true, size: 2000 },
  { fileName: '.vite/manifest.json', type: 'asset', size: 100 },
];

describe('selectPrecache', () => {
  it('takes the entry with all it imports, small lazy chunks, styles and public files', () => {
    expect(selectPrecache(files, ['favicon.svg'])).toEqual([
      '/assets/ShelterPage-d4.js',
      '/assets/index-a1.js',
      '/assets/index-c3.css',
      '/assets/vendor-b2.js',
      '/favicon.svg',
      '/index.html',
    ]);
  });

  it('leaves out source maps, the worker itself and large lazy chunks (the video SDK)', () => {
    const chosen = selectPrecache(files);
    expect(chosen).not.toContain('/assets/index-a1.js.map');
    expect(chosen).not.toContain('/sw.js');
    expect(chosen).not.toContain('/assets/index.esm-e5.js');
    expect(chosen).not.toContain('/.vite/manifest.json');
  });

  it('always has the shell page', () => {
    expect(selectPrecache([])).toEqual(['/index.html']);
  });
});
