import { createContext, useContext } from 'react';
import type { Outbox } from '../../core/outbox/outbox';
import type { PreparedPhoto, PreparePhotoOptions } from '../../core/photos';
import type { GeolocationLike } from '../../hooks/useGeolocation';

/** What the damage report's own fields take from the form's props. */
export interface DamageOptions {
  /** The form's outbox: photos are saved in it with the draft and uploaded after the report. */
  outbox?: Outbox | undefined;
  geolocation?: GeolocationLike | null | undefined;
  photoOptions?: PreparePhotoOptions | undefined;
  onPhotoPrepared?: ((photo: PreparedPhoto, reportId: string) => void) | undefined;
  onPhotoRemoved?: ((sha256: string, reportId: string) => void) | undefined;
}

/** Set by DamageReportForm around its fields. */
export const DamageOptionsContext = /* @__PURE__ */ createContext<DamageOptions>({});

/** The damage form's options. */
export function useDamageOptions(): DamageOptions {
  return useContext(DamageOptionsContext);
}
