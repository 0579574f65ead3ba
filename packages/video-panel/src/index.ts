export type { ControlBarProps } from './components/ControlBar/ControlBar';
export { ControlBar } from './components/ControlBar/ControlBar';
export type { EngineBadgeProps } from './components/EngineBadge/EngineBadge';
export { EngineBadge } from './components/EngineBadge/EngineBadge';
export type { NetworkIndicatorProps } from './components/NetworkIndicator/NetworkIndicator';
export { NetworkIndicator } from './components/NetworkIndicator/NetworkIndicator';
export type { ParticipantListProps } from './components/ParticipantList/ParticipantList';
export { ParticipantList } from './components/ParticipantList/ParticipantList';
export type { PreJoinProps } from './components/PreJoin/PreJoin';
export { PreJoin } from './components/PreJoin/PreJoin';
export type { ReconnectingBannerProps } from './components/ReconnectingBanner/ReconnectingBanner';
export { ReconnectingBanner } from './components/ReconnectingBanner/ReconnectingBanner';
export type { SessionAnnouncerProps } from './components/SessionAnnouncer/SessionAnnouncer';
export { SessionAnnouncer } from './components/SessionAnnouncer/SessionAnnouncer';
export type { SessionEndedProps } from './components/SessionEnded/SessionEnded';
export { SessionEnded } from './components/SessionEnded/SessionEnded';
export type { VideoPanelProps } from './components/VideoPanel/VideoPanel';
export { VideoPanel } from './components/VideoPanel/VideoPanel';
export type { VideoSessionProviderProps } from './components/VideoPanel/VideoSessionProvider';
export { VideoSessionProvider } from './components/VideoPanel/VideoSessionProvider';
export type { VideoLayout, VideoStageProps } from './components/VideoStage/VideoStage';
export { VideoStage } from './components/VideoStage/VideoStage';
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
export type { Pagination } from './hooks/usePagination';
export { usePagination } from './hooks/usePagination';
export { usePreJoin } from './hooks/usePreJoin';
export type {
  UseVideoControlsOptions,
  VideoControl,
  VideoControlProps,
} from './hooks/useVideoControls';
export { useVideoControls, videoShortcuts } from './hooks/useVideoControls';
export { useVideoPanelTranslator } from './hooks/useVideoPanelTranslator';
export { useRenderRoot, useVideoRender } from './hooks/useVideoRender';
export type { UseCreateVideoSessionOptions } from './hooks/useVideoSession';
export {
  useCreateVideoSession,
  useVideoSessionContext,
  useVideoSessionSnapshot,
} from './hooks/useVideoSession';
export { videoPanelCatalogs } from './intl';
