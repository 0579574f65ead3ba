export type { ApiModule, ApiModuleContext, ApiRouter, App, AppOptions } from './app.ts';
export { createApp } from './app.ts';
export type { Account, NewAccount, Role } from './auth/accounts.ts';
export {
  createAccount,
  NATIONAL_SHELTER_ID_PATTERN,
  normalizeUsername,
  ROLES,
  USERNAME_PATTERN,
} from './auth/accounts.ts';
export type { ParsedPasswordHash, ScryptParams } from './auth/passwords.ts';
export {
  DEFAULT_SCRYPT_PARAMS,
  hashPassword,
  MAX_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_LENGTH,
  parsePasswordHash,
  passphraseProblem,
  passwordNeedsRehash,
  verifyPassword,
} from './auth/passwords.ts';
export type { RequireSessionOptions, SessionEnv } from './auth/require-session.ts';
export { getSession, requireSession } from './auth/require-session.ts';
export {
  authModule,
  LOGIN_LIMITS,
  LOGIN_WINDOW_SECONDS,
  SESSION_SECURITY_SCHEME,
} from './auth/routes.ts';
export type { Session } from './auth/sessions.ts';
export {
  deleteSessionsOfAccount,
  SESSION_ABSOLUTE_TIMEOUT_SECONDS,
  SESSION_COOKIE,
  SESSION_IDLE_TIMEOUT_SECONDS,
} from './auth/sessions.ts';
export type { BookingModule } from './booking/module.ts';
export { bookingModule, createBookingModule, isBookingModule } from './booking/module.ts';
export type { BookingModuleOptions, BookingRateLimit } from './booking/runtime.ts';
export { DEFAULT_CREATE_RATE_LIMIT } from './booking/runtime.ts';
export type { LogLevel, ServerConfig } from './config.ts';
export { ConfigError, loadConfig } from './config.ts';
export type { MigrateOptions, MigrateResult, Migration } from './db/migrate.ts';
export { defaultMigrationsDirectory, migrate, readMigrations } from './db/migrate.ts';
export type { OpenDbOptions } from './db/open.ts';
export { openDb } from './db/open.ts';
export type { SqlErrorInfo } from './db/sql-errors.ts';
export { SqlState, sqlErrorInfo } from './db/sql-errors.ts';
export type { Db, DbExecutor, DbKind, Row, Unlisten } from './db/types.ts';
export type {
  ApiErrorInit,
  ErrorBody,
  ErrorStatus,
  FieldError,
  LocalizedMessage,
  StandardErrorCode,
} from './errors.ts';
export { ApiError, apiError } from './errors.ts';
export { rateLimitAddress } from './http/client-ip.ts';
export type { RequestOrigin } from './http/csrf.ts';
export { requestOrigin } from './http/csrf.ts';
export type { AppEnv, AppVariables } from './http/env.ts';
export type { RateLimitDecision, RateLimitOptions, RateLimitRule } from './http/rate-limit.ts';
export { consumeRateLimit, rateLimit, tooManyRequests } from './http/rate-limit.ts';
export type { CspAdditions } from './http/security-headers.ts';
export { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './http/security-headers.ts';
export type { Logger } from './logger.ts';
export { createLogger } from './logger.ts';
export { ErrorSchema, errorResponses, LocalizedNameSchema } from './routes/schemas.ts';
export type { LocalizedName, SiteAddress, SiteRecord } from './seed/sample-city.ts';
export type { SeedOptions, SeedResult } from './seed/seed.ts';
export { seed } from './seed/seed.ts';
export type { HqEvent, HqEventType } from './shelters/events.ts';
export { HQ_EVENTS_CHANNEL, hqEventTypes } from './shelters/events.ts';
export type { ShelterModule } from './shelters/module.ts';
export { createShelterModule, isShelterModule, shelterModule } from './shelters/module.ts';
export type { ShelterModuleOptions } from './shelters/runtime.ts';
export { DEFAULT_STALE_AFTER_MINUTES } from './shelters/runtime.ts';
export type { RunningServer, StartOptions } from './start.ts';
export { startServer } from './start.ts';
export { fieldErrorsFromZod, validationError } from './validation.ts';
export type { SdkAssets } from './video/assets.ts';
export { resolveSdkAssets, SDK_ASSETS_PATH } from './video/assets.ts';
export type { VideoConfig } from './video/config.ts';
export { ZoomVideoSdkCredentials } from './video/credentials.ts';
export type { VideoModule } from './video/module.ts';
export { createVideoModule, isVideoModule, videoModule } from './video/module.ts';
export { videoCspAdditions } from './video/pages.ts';
export type { VideoCspMode, VideoModuleOptions, VideoRateLimit } from './video/runtime.ts';
