export type { EngineBadgeProps } from './components/EngineBadge/EngineBadge';
export { EngineBadge } from './components/EngineBadge/EngineBadge';
// The engine classes themselves are not exported here: createVideoEngine loads them when a preview
// or a join starts. Construct one directly from '@machi-dx/video-panel/core'.
export type { Announcement } from './core/announce';
export { type CreateVideoEngineOptions, createVideoEngine } from './core/createVideoEngine';
export { type VideoEngine, VideoEngineEmitter } from './core/engine';
export {
  isVideoError,
  toVideoError,
  VideoError,
  type VideoErrorCode,
  videoErrorMessageKey,
} from './core/errors';
export { type LazyVideoEngine, lazyVideoEngine } from './core/lazy';
export { createVideoSession } from './core/session';
export type {
  LocalMediaState,
  SessionPhase,
  VideoSession,
  VideoSessionOptions,
  VideoSessionSnapshot,
} from './core/session-types';
export type {
  SimulatedDeviceError,
  SimulatedEngineOptions,
  SimulatedStep,
} from './core/simulated/SimulatedEngine';
export type { SimulatedAction, SimulatedParticipantInit } from './core/simulated/script';
export * from './core/types';
export type { ZoomEngineOptions } from './core/zoom/ZoomEngine';
export { useVideoPanelTranslator } from './hooks/useVideoPanelTranslator';
export { videoPanelCatalogs } from './intl';
