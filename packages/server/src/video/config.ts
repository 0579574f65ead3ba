import { resolve } from 'node:path';
import { resolveSdkAssets, type SdkAssets, sdkAssetsAt } from './assets.ts';
import { credentialProblem, ZoomVideoSdkCredentials } from './credentials.ts';
import { DEFAULT_ROOM_PATHS, type VideoCspMode } from './runtime.ts';
import { DEFAULT_OPENS_MINUTES_BEFORE, MAX_OPENS_MINUTES_BEFORE } from './window.ts';

/** The video settings of the server configuration (`ServerConfig.video`), read from the environment. */
export interface VideoConfig {
  /** `ZOOM_VIDEO_SDK_KEY` + `ZOOM_VIDEO_SDK_SECRET`; absent: the simulated engine. The secret is never printed. */
  zoom?: ZoomVideoSdkCredentials;
  /** `ZOOM_SDK_ASSETS=self` (or a directory): the SDK's `dist/lib` served at `/zoom-sdk/lib/`. */
  sdkAssets?: SdkAssets;
  /** `VIDEO_CSP`: `room` (default), `all` or `off`. */
  csp: VideoCspMode;
  /** `VIDEO_ROOM_PATHS`: comma-separated path prefixes of the room pages (default `/consultation/room/`). */
  roomPaths: readonly string[];
  /** `VIDEO_ROOM_OPENS_MINUTES_BEFORE`: minutes before the start the room opens (default 15, at most 43200 = 30 days). */
  opensMinutesBefore: number;
}

type Env = Record<string, string | undefined>;

const CSP_MODES: readonly VideoCspMode[] = ['room', 'all', 'off'];

/**
 * Reads the video settings; `fail` throws the server's `ConfigError` with a message naming the
 * variable. Neither the key nor the secret is ever part of a message.
 */
export function readVideoConfig(
  env: Env,
  cwd: string,
  fail: (message: string) => never,
): VideoConfig {
  const zoom = readCredentials(env, fail);
  const sdkAssets = readSdkAssets(env, cwd, fail);
  const csp = (value(env, 'VIDEO_CSP')?.toLowerCase() ?? 'room') as VideoCspMode;
  if (!CSP_MODES.includes(csp)) {
    fail(`VIDEO_CSP must be room, all or off (got ${JSON.stringify(env.VIDEO_CSP)})`);
  }
  return {
    ...(zoom ? { zoom } : {}),
    ...(sdkAssets ? { sdkAssets } : {}),
    csp,
    roomPaths: readRoomPaths(env, fail),
    opensMinutesBefore: readMinutes(env, 'VIDEO_ROOM_OPENS_MINUTES_BEFORE', fail),
  };
}

/** Empty strings count as unset, as everywhere in the configuration. */
function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function readCredentials(
  env: Env,
  fail: (message: string) => never,
): ZoomVideoSdkCredentials | undefined {
  const key = value(env, 'ZOOM_VIDEO_SDK_KEY');
  const secret = value(env, 'ZOOM_VIDEO_SDK_SECRET');
  if (key === undefined && secret === undefined) return undefined;
  if (key === undefined || secret === undefined) {
    const [set, unset] =
      key === undefined
        ? ['ZOOM_VIDEO_SDK_SECRET', 'ZOOM_VIDEO_SDK_KEY']
        : ['ZOOM_VIDEO_SDK_KEY', 'ZOOM_VIDEO_SDK_SECRET'];
    fail(
      `${set} is set but ${unset} is not: set both for Zoom video, or neither for the simulated (demo) engine`,
    );
  }
  const keyProblem = credentialProblem(key);
  if (keyProblem) fail(`ZOOM_VIDEO_SDK_KEY ${keyProblem}`);
  const secretProblem = credentialProblem(secret);
  if (secretProblem) fail(`ZOOM_VIDEO_SDK_SECRET ${secretProblem}`);
  if (key === secret) fail('ZOOM_VIDEO_SDK_KEY and ZOOM_VIDEO_SDK_SECRET must differ');
  return new ZoomVideoSdkCredentials(key, secret);
}

function readSdkAssets(
  env: Env,
  cwd: string,
  fail: (message: string) => never,
): SdkAssets | undefined {
  const raw = value(env, 'ZOOM_SDK_ASSETS');
  if (raw === undefined || raw.toLowerCase() === 'cdn') return undefined;
  if (raw.toLowerCase() === 'self') {
    try {
      return resolveSdkAssets();
    } catch (error) {
      fail((error as Error).message);
    }
  }
  const directory = resolve(cwd, raw);
  return (
    sdkAssetsAt(directory) ??
    fail(
      `ZOOM_SDK_ASSETS must be cdn, self or the SDK's dist/lib directory (got ${JSON.stringify(raw)}, resolved to ${directory}, which is not a directory)`,
    )
  );
}

function readRoomPaths(env: Env, fail: (message: string) => never): readonly string[] {
  const raw = value(env, 'VIDEO_ROOM_PATHS');
  if (raw === undefined) return DEFAULT_ROOM_PATHS;
  const paths = raw
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  const bad = paths.find((path) => !/^\/[^\s?#]*$/.test(path));
  if (paths.length === 0 || bad !== undefined) {
    fail(
      `VIDEO_ROOM_PATHS must be comma-separated paths starting with "/" (got ${JSON.stringify(raw)})`,
    );
  }
  return paths;
}

function readMinutes(env: Env, name: string, fail: (message: string) => never): number {
  const raw = value(env, name);
  if (raw === undefined) return DEFAULT_OPENS_MINUTES_BEFORE;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed > MAX_OPENS_MINUTES_BEFORE) {
    fail(
      `${name} must be a whole number of minutes from 0 to ${MAX_OPENS_MINUTES_BEFORE} (30 days), e.g. 15 (got ${JSON.stringify(raw)})`,
    );
  }
  return parsed;
}
