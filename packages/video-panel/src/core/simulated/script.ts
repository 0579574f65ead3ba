import type { VideoErrorCode } from '../errors';
import type { NetworkQuality, Participant } from '../types';

/** A simulated remote participant. Defaults: camera on, microphone on, not speaking, good network. */
export interface SimulatedParticipantInit {
  /** Stable id for scripting; defaults to `remote-<n>`. */
  id?: string;
  /** The name shown on their tile and drawn into their video. */
  name: string;
  /** Host (e.g. the specialist). */
  host?: boolean;
  /** Microphone muted. */
  muted?: boolean;
  /** Camera on. */
  videoOn?: boolean;
  /** Speaking now (their synthetic level moves). */
  speaking?: boolean;
  /** Sharing a screen from the start. */
  sharing?: boolean;
  /** Their network quality. */
  network?: NetworkQuality;
}

/** One thing that can happen in a simulated session; the self participant's id is `self`. */
export type SimulatedAction =
  | { type: 'join'; participant: SimulatedParticipantInit }
  | { type: 'leave'; id: string }
  | { type: 'update'; id: string; muted?: boolean; videoOn?: boolean; speaking?: boolean }
  | { type: 'share'; id: string | null }
  | { type: 'network'; id: string; quality: NetworkQuality }
  | { type: 'connection'; state: 'reconnecting' | 'connected' }
  | { type: 'end'; reason: 'ended-by-host' | 'removed' }
  | { type: 'fail'; code?: VideoErrorCode };

/** A simulated participant as the engine reports it. */
export function toParticipant(init: SimulatedParticipantInit, id: string): Participant {
  return {
    id,
    name: init.name,
    isSelf: false,
    isHost: init.host ?? false,
    audio: init.muted ? 'muted' : 'unmuted',
    videoOn: init.videoOn ?? true,
    sharing: init.sharing ?? false,
    speaking: init.speaking ?? false,
    network: init.network ?? 'good',
  };
}
