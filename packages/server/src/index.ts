export type { ApiModule, ApiModuleContext, ApiRouter, App, AppOptions } from './app.ts';
export { createApp } from './app.ts';
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
export type { AppEnv, AppVariables } from './http/env.ts';
export { CONTENT_SECURITY_POLICY } from './http/security-headers.ts';
export type { Logger } from './logger.ts';
export { createLogger } from './logger.ts';
export { ErrorSchema, errorResponses, LocalizedNameSchema } from './routes/schemas.ts';
export type { LocalizedName, SiteAddress, SiteRecord } from './seed/sample-city.ts';
export type { SeedOptions, SeedResult } from './seed/seed.ts';
export { seed } from './seed/seed.ts';
export type { RunningServer, StartOptions } from './start.ts';
export { startServer } from './start.ts';
export { fieldErrorsFromZod, validationError } from './validation.ts';
