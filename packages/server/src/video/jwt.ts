import type { ZoomVideoSdkCredentials } from './credentials.ts';

/** Zoom's lower bound on a token's lifetime (`exp - iat`), in seconds. */
export const TOKEN_MIN_LIFETIME_SECONDS = 1800;
/** Zoom's upper bound on a token's lifetime (`exp - iat`), in seconds (48 hours). */
export const TOKEN_MAX_LIFETIME_SECONDS = 48 * 3600;
/** Longest session name (`tpc`): Zoom documents 200 in one place and 150 in another; 150 is safe. */
export const MAX_SESSION_NAME_LENGTH = 150;
/** Longest `user_key`. */
export const MAX_USER_KEY_LENGTH = 36;

/** The payload of a Zoom Video SDK JWT, as this service issues it. */
export interface VideoSdkClaims {
  /** The SDK key. */
  app_key: string;
  /** The session name; must equal the topic passed to `client.join` (Zoom compares it case-insensitively). */
  tpc: string;
  /** 1 host, 0 participant. */
  role_type: 0 | 1;
  /** Always 1. */
  version: 1;
  /** Issued at, in seconds since the epoch. */
  iat: number;
  /** Expiry in seconds since the epoch, 1800 s to 48 h after `iat`. */
  exp: number;
  /** Who the token is for, at most 36 characters. */
  user_key?: string;
  /** 1: WebRTC video, so galleries show several videos without cross-origin isolation. */
  video_webrtc_mode?: 1;
}

/**
 * Why a payload would be refused by Zoom, or undefined. Zoom only reports a bad token as an opaque
 * "connection error" (error 200) at join time, so the service checks every claim before signing.
 */
export function claimsProblem(claims: VideoSdkClaims): string | undefined {
  const lifetime = claims.exp - claims.iat;
  if (!claims.app_key) return 'app_key is empty';
  if (!claims.tpc || claims.tpc.length > MAX_SESSION_NAME_LENGTH) {
    return `tpc must have 1–${MAX_SESSION_NAME_LENGTH} characters`;
  }
  if (claims.role_type !== 0 && claims.role_type !== 1) return 'role_type must be 0 or 1';
  if (claims.version !== 1) return 'version must be 1';
  if (!Number.isSafeInteger(claims.iat) || !Number.isSafeInteger(claims.exp)) {
    return 'iat and exp must be whole seconds';
  }
  if (lifetime < TOKEN_MIN_LIFETIME_SECONDS || lifetime > TOKEN_MAX_LIFETIME_SECONDS) {
    return `exp must be ${TOKEN_MIN_LIFETIME_SECONDS}–${TOKEN_MAX_LIFETIME_SECONDS} s after iat (got ${lifetime})`;
  }
  if (claims.user_key !== undefined) {
    if (!claims.user_key || claims.user_key.length > MAX_USER_KEY_LENGTH) {
      return `user_key must have 1–${MAX_USER_KEY_LENGTH} characters`;
    }
  }
  return undefined;
}

/**
 * Signs a Video SDK JWT: header `{"alg":"HS256","typ":"JWT"}`, HMAC-SHA256 with the SDK secret
 * (node:crypto; no JWT library needed for one algorithm we only ever sign). Throws on a payload
 * Zoom would refuse or on another deployment's `app_key` — a bug, never a caller's mistake.
 */
export function signVideoSdkToken(
  claims: VideoSdkClaims,
  credentials: ZoomVideoSdkCredentials,
): string {
  const problem = claimsProblem(claims);
  if (problem) throw new Error(`refusing to sign a Video SDK token: ${problem}`);
  if (claims.app_key !== credentials.key) {
    throw new Error('refusing to sign a Video SDK token: app_key is not this deployment’s SDK key');
  }
  const header = base64UrlJson({ alg: 'HS256', typ: 'JWT' });
  const payload = base64UrlJson(claims);
  const signature = credentials.hmac(`${header}.${payload}`).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
