import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { TEST_SDK_KEY, TEST_SDK_SECRET } from './testing.ts';

const cwd = mkdtempSync(join(tmpdir(), 'machi-dx-video-config-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: video', () => {
  it('defaults to the simulated engine, Zoom’s CDN and CSP on room pages only', () => {
    expect(loadConfig({}, cwd).video).toEqual({
      csp: 'room',
      roomPaths: ['/consultation/room/'],
      opensMinutesBefore: 15,
    });
  });

  it('reads every variable', () => {
    const video = loadConfig(
      {
        ZOOM_VIDEO_SDK_KEY: TEST_SDK_KEY,
        ZOOM_VIDEO_SDK_SECRET: TEST_SDK_SECRET,
        ZOOM_SDK_ASSETS: 'self',
        VIDEO_CSP: 'ALL',
        VIDEO_ROOM_PATHS: '/soudan/room/, /kyoshitsu/',
        VIDEO_ROOM_OPENS_MINUTES_BEFORE: '30',
      },
      cwd,
    ).video;
    expect(video.zoom?.key).toBe(TEST_SDK_KEY);
    expect(video.sdkAssets?.directory).toMatch(/@zoom[\\/]videosdk[\\/]dist[\\/]lib$/);
    expect(video).toMatchObject({
      csp: 'all',
      roomPaths: ['/soudan/room/', '/kyoshitsu/'],
      opensMinutesBefore: 30,
    });
  });

  it('refuses a key without a secret and a secret without a key', () => {
    expect(configError({ ZOOM_VIDEO_SDK_KEY: TEST_SDK_KEY })).toBe(
      'ZOOM_VIDEO_SDK_KEY is set but ZOOM_VIDEO_SDK_SECRET is not: set both for Zoom video, or neither for the simulated (demo) engine',
    );
    expect(configError({ ZOOM_VIDEO_SDK_SECRET: TEST_SDK_SECRET, ZOOM_VIDEO_SDK_KEY: ' ' })).toBe(
      'ZOOM_VIDEO_SDK_SECRET is set but ZOOM_VIDEO_SDK_KEY is not: set both for Zoom video, or neither for the simulated (demo) engine',
    );
  });

  it('names a bad secret without ever echoing it', () => {
    for (const secret of ['tooShortSecret', `${TEST_SDK_SECRET} trailing`]) {
      const message = configError({
        ZOOM_VIDEO_SDK_KEY: TEST_SDK_KEY,
        ZOOM_VIDEO_SDK_SECRET: secret,
      });
      expect(message).toMatch(/^ZOOM_VIDEO_SDK_SECRET /);
      expect(message).not.toContain(secret);
      expect(message).not.toContain(TEST_SDK_SECRET);
    }
    expect(
      configError({ ZOOM_VIDEO_SDK_KEY: TEST_SDK_SECRET, ZOOM_VIDEO_SDK_SECRET: TEST_SDK_SECRET }),
    ).toBe('ZOOM_VIDEO_SDK_KEY and ZOOM_VIDEO_SDK_SECRET must differ');
  });

  it('keeps the secret out of the printed and serialised configuration', () => {
    const config = loadConfig(
      { ZOOM_VIDEO_SDK_KEY: TEST_SDK_KEY, ZOOM_VIDEO_SDK_SECRET: TEST_SDK_SECRET },
      cwd,
    );
    expect(JSON.stringify(config)).not.toContain(TEST_SDK_SECRET);
    expect(inspect(config, { depth: 10 })).not.toContain(TEST_SDK_SECRET);
  });

  it.each([
    [{ VIDEO_CSP: 'strict' }, 'VIDEO_CSP must be room, all or off (got "strict")'],
    [{ VIDEO_ROOM_PATHS: 'room/' }, 'VIDEO_ROOM_PATHS must be comma-separated paths'],
    [{ VIDEO_ROOM_OPENS_MINUTES_BEFORE: '1441' }, 'VIDEO_ROOM_OPENS_MINUTES_BEFORE must be'],
    [{ ZOOM_SDK_ASSETS: 'missing-dir' }, 'ZOOM_SDK_ASSETS must be cdn, self or the SDK'],
  ])('refuses %j', (env, message) => {
    expect(configError(env)).toContain(message);
  });
});
