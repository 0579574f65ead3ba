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

  it('opens rooms from 0 minutes up to 30 days before the start; anything else names the variable', () => {
    const opens = (value: string) =>
      loadConfig({ VIDEO_ROOM_OPENS_MINUTES_BEFORE: value }, cwd).video.opensMinutesBefore;
    expect(opens('0')).toBe(0);
    expect(opens(' 20160 ')).toBe(20_160);
    expect(opens('43200')).toBe(43_200);
    expect(opens('')).toBe(15);
    for (const bad of ['43201', '-5', '1.5', '15m', 'soon', '1e3']) {
      expect(configError({ VIDEO_ROOM_OPENS_MINUTES_BEFORE: bad })).toBe(
        `VIDEO_ROOM_OPENS_MINUTES_BEFORE must be a whole number of minutes from 0 to 43200 (30 days), e.g. 15 (got ${JSON.stringify(bad)})`,
      );
    }
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
    [{ ZOOM_SDK_ASSETS: 'missing-dir' }, 'ZOOM_SDK_ASSETS must be cdn, self or the SDK'],
  ])('refuses %j', (env, message) => {
    expect(configError(env)).toContain(message);
  });
});
