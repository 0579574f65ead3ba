// The Zoom Video SDK secret signs tokens on the server only (`POST /api/v1/video/token`); it must
// never reach a file the browser can download. This reads the built portal as it is served
// (`apps/portal/dist`, source maps included) and builds nothing itself.
//
// To make the first check bite, build the portal with a sentinel in the environment, e.g.
// `ZOOM_VIDEO_SDK_SECRET=sentinel-… npm run build -w @machi-dx/portal` (CI does; with turbo the
// variable must be passed through to the build task). Whatever the environment, the second check
// fails when client code reads the server's Zoom variables or bundles token-signing code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(path) : [path];
  });
}

/** The secret as it could appear in a bundle: as is, JSON-escaped, base64 or base64url. */
function spellings(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret).toString('base64').replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url'),
  ];
}

const secrets = [process.env.ZOOM_VIDEO_SDK_SECRET, process.env.MACHI_DX_SENTINEL_SECRET].filter(
  (value): value is string => !!value && value.trim().length >= 8,
);

describe('the built portal holds no server secret', () => {
  const built = existsSync(join(distDir, 'index.html'));

  it('has been built (a missing build must not pass as "no secret found")', () => {
    expect(built, `${distDir}/index.html is missing: build the portal first`).toBe(true);
  });

  // Defined only when a secret is in the environment, so nothing is reported as skipped.
  if (secrets.length > 0)
    it('contains no ZOOM_VIDEO_SDK_SECRET value from the environment, in any file or encoding', () => {
      const leaks: string[] = [];
      for (const file of builtFiles(distDir)) {
        const text = readFileSync(file).toString('latin1');
        for (const secret of secrets) {
          if (spellings(secret).some((spelling) => text.includes(spelling))) {
            leaks.push(relative(distDir, file));
          }
        }
      }
      expect(leaks).toEqual([]);
    });

  it('reads no Zoom server variable and bundles no token signing', () => {
    // The server's variable names, Node's HMAC, or the token service's own code. (The Zoom SDK
    // bundles CryptoJS, whose `_createHmacHelper` the word boundaries leave alone.)
    const suspicious =
      /ZOOM_VIDEO_SDK_SECRET|ZOOM_VIDEO_SDK_KEY|\bcreateHmac\b|node:crypto|signVideoSdkToken|refusing to sign a Video SDK token/;
    const found = builtFiles(distDir)
      .filter((file) => suspicious.test(readFileSync(file).toString('latin1')))
      .map((file) => relative(distDir, file));
    expect(found).toEqual([]);
  });
});
