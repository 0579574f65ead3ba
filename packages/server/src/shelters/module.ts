import type { ApiModule } from '../app.ts';
import { registerBoardRoutes } from './routes-board.ts';
import { registerExportRoutes } from './routes-export.ts';
import { IMPORT_PATH, registerImportRoute } from './routes-import.ts';
import { registerLiveRoutes } from './routes-live.ts';
import { PHOTO_PATH, registerPhotoRoutes } from './routes-photos.ts';
import { registerReportRoutes } from './routes-reports.ts';
import { registerSupplyRoutes } from './routes-supply.ts';
import { type ShelterModuleOptions, shelterRuntime } from './runtime.ts';

/** Marks the shelter module, so a configured one given to `createApp` replaces the default. */
export const SHELTER_MODULE = Symbol.for('machi-dx.shelter-module');

/** An {@link ApiModule} carrying the {@link SHELTER_MODULE} mark. */
export type ShelterModule = ApiModule & { readonly [SHELTER_MODULE]: true };

/**
 * The shelter reporting API v1: shelters' reports (`/shelters/*`), the HQ board (`/hq/*`,
 * `/supply-requests/*`), live events and the connectivity probe (`/ping`). `createApp` registers
 * {@link shelterModule} by default; pass `modules: [createShelterModule({ … })]` to configure it.
 */
export function createShelterModule(options: ShelterModuleOptions = {}): ShelterModule {
  const runtime = shelterRuntime(options);
  const register: ApiModule = (api, context) => {
    context.setBodyLimit(IMPORT_PATH, runtime.importBodyLimitBytes);
    // Photos may be larger than the app-wide limit for JSON bodies (1 MiB by default).
    context.setBodyLimit(PHOTO_PATH, runtime.photoMaxBytes);
    registerLiveRoutes(api, runtime, context.logger);
    registerReportRoutes(api);
    registerPhotoRoutes(api, runtime);
    registerBoardRoutes(api, runtime);
    registerSupplyRoutes(api);
    registerExportRoutes(api, runtime);
    registerImportRoute(api, runtime);
  };
  return Object.assign(register, { [SHELTER_MODULE]: true as const });
}

/** Whether a module is (a configured) shelter module. */
export function isShelterModule(module: ApiModule): module is ShelterModule {
  return (module as Partial<ShelterModule>)[SHELTER_MODULE] === true;
}

/** The shelter module with the defaults (stale after 3 hours, 20 s heartbeats, 20 MiB imports). */
export const shelterModule: ShelterModule = createShelterModule();
