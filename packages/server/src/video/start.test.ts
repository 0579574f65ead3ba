import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../start.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { createVideoModule } from './module.ts';
import { TEST_SDK_KEY, TEST_SDK_SECRET } from './testing.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'machi-dx-video-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const base = { port: 0, host: '127.0.0.1', dataDir, logLevel: 'silent' as const };

describe('startServer with video settings from the environment', () => {
  it('signs with Zoom, serves the SDK assets and widens the room pages’ CSP', async () => {
    const log = captureLogger();
    const server = await startServer({
      env: {
        ZOOM_VIDEO_SDK_KEY: TEST_SDK_KEY,
        ZOOM_VIDEO_SDK_SECRET: TEST_SDK_SECRET,
        ZOOM_SDK_ASSETS: 'self',
      },
      config: base,
      logger: log.logger,
      handleSignals: false,
    });
    try {
      const media = await fetch(`${server.url}/zoom-sdk/lib/js_media.min.js`, {
        headers: { 'Accept-Encoding': 'identity' },
      });
      expect(media.status).toBe(200);
      expect(media.headers.get('Cache-Control')).toBe('public, max-age=86400');
      expect((await media.arrayBuffer()).byteLength).toBeGreaterThan(100_000);

      const room = await fetch(`${server.url}/consultation/room/ABC-DEFG-H2`, {
        headers: { Accept: 'text/html' },
      });
      await room.body?.cancel();
      expect(room.headers.get('Content-Security-Policy')).toContain(
        "script-src 'self' 'wasm-unsafe-eval' blob:;",
      );

      const token = await fetch(`${server.url}/api/v1/video/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reference: 'ABC-DEFG-H2' }),
      });
      expect(token.status).toBe(401);
      const text = await token.text();
      expect(text).not.toContain(TEST_SDK_SECRET);
      expect(JSON.stringify(server.config)).not.toContain(TEST_SDK_SECRET);
    } finally {
      await server.close();
    }
    expect(log.lines().map((line) => line.msg)).toContain('video engine: zoom');
    expect(log.text()).not.toContain(TEST_SDK_SECRET);
  });

  it('uses a video module given in code instead of the environment’s', async () => {
    const log = captureLogger();
    const server = await startServer({
      env: { ZOOM_VIDEO_SDK_KEY: TEST_SDK_KEY, ZOOM_VIDEO_SDK_SECRET: TEST_SDK_SECRET },
      config: base,
      logger: log.logger,
      handleSignals: false,
      modules: [createVideoModule({ opensMinutesBefore: 5 })],
    });
    await server.close();
    expect(log.lines().map((line) => line.msg)).toContain('video engine: simulated');
  });
});
