import { useEffect, useRef } from 'react';
import type { VideoSession } from '../core/session-types';
import { useVideoSessionSnapshot } from './useVideoSession';

/** The panel's keyboard shortcuts: Alt (Option on a Mac) with a letter, as in Zoom's own apps. */
export const videoShortcuts = {
  microphone: 'Alt+A',
  camera: 'Alt+V',
  share: 'Alt+S',
  participants: 'Alt+U',
  layout: 'Alt+G',
  leave: 'Alt+Q',
} as const;

/** One of the controls that has a shortcut. */
export type VideoControl = keyof typeof videoShortcuts;

/** Props for one control button. */
export interface VideoControlProps {
  /** Pressed (on) for toggles; absent for plain actions. */
  'aria-pressed'?: boolean;
  /** The shortcut, for assistive technology. */
  'aria-keyshortcuts': string;
  /** `on`/`off` for styling toggles. */
  'data-state'?: 'on' | 'off';
  /** Waiting for the engine. */
  disabled: boolean;
  /** Runs the control. */
  onClick: () => void;
}

/** Options of {@link useVideoControls}. */
export interface UseVideoControlsOptions {
  /** Whether the gallery layout is on (for the layout toggle). */
  gallery: boolean;
  /** Switches between the speaker and gallery layouts. */
  onGalleryChange: (gallery: boolean) => void;
  /** Whether the participant list is open. */
  participantsOpen: boolean;
  /** Opens or closes the participant list. */
  onParticipantsOpenChange: (open: boolean) => void;
  /** Asks to leave (opens the confirmation). */
  onLeaveRequest: () => void;
  /** Listen to the keyboard shortcuts on the document. Defaults to `true`. */
  shortcuts?: boolean;
}

/** Props for every control of the control bar, and the keyboard shortcuts that run them. */
export function useVideoControls(
  session: VideoSession,
  options: UseVideoControlsOptions,
): Record<VideoControl, VideoControlProps> & { canShare: boolean } {
  const { camera, microphone, share, capabilities, shareParticipantId, participants, phase } =
    useVideoSessionSnapshot(session);
  const someoneElseShares = Boolean(
    shareParticipantId && participants.some((p) => p.id === shareParticipantId && !p.isSelf),
  );
  const toggle = (
    control: VideoControl,
    on: boolean,
    pending: boolean,
    run: (next: boolean) => void,
  ): VideoControlProps => ({
    'aria-pressed': on,
    'aria-keyshortcuts': videoShortcuts[control],
    'data-state': on ? 'on' : 'off',
    disabled: pending,
    onClick: () => run(!on),
  });
  const controls = {
    microphone: toggle('microphone', microphone.on, microphone.pending, session.setMicrophone),
    camera: toggle('camera', camera.on, camera.pending, session.setCamera),
    share: {
      ...toggle('share', share.on, share.pending, session.setSharing),
      // One share at a time: while someone else shares, this person cannot start.
      disabled: share.pending || (!share.on && someoneElseShares),
    },
    participants: toggle(
      'participants',
      options.participantsOpen,
      false,
      options.onParticipantsOpenChange,
    ),
    layout: toggle('layout', options.gallery, false, options.onGalleryChange),
    leave: {
      'aria-keyshortcuts': videoShortcuts.leave,
      disabled: false,
      onClick: options.onLeaveRequest,
    },
  };
  const canShare = Boolean(capabilities?.screenShare);

  // The latest controls in a ref, so the document listener is added once per session.
  const latest = useRef(controls);
  latest.current = controls;
  const enabled = options.shortcuts !== false && phase === 'in-session';
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      // `code`, not `key`: Option+A types "å" on a Mac, but the physical key is still KeyA.
      const letter = event.code.replace(/^Key/, '');
      const entry = Object.entries(videoShortcuts).find(([, keys]) => keys === `Alt+${letter}`);
      if (!entry) return;
      const control = entry[0] as VideoControl;
      if (control === 'share' && !canShare) return;
      event.preventDefault();
      const props = latest.current[control];
      if (!props.disabled) props.onClick();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, canShare]);

  return { ...controls, canShare };
}
