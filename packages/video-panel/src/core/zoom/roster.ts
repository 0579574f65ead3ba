import { type NetworkQuality, networkQualityFromLevel, type Participant } from '../types';

/** The participant fields the Zoom SDK sends (events carry partial objects). */
export interface ZoomUser {
  userId: number;
  displayName?: string;
  audio?: '' | 'computer' | 'phone';
  muted?: boolean;
  isHost?: boolean;
  bVideoOn?: boolean;
  sharerOn?: boolean;
}

const rank: Record<NetworkQuality, number> = { unknown: 3, poor: 0, fair: 1, good: 2 };

/**
 * The participant list kept from Zoom's partial `user-*` events, speakers and network levels.
 * Every change calls `onChange` with the whole list.
 */
export class ZoomRoster {
  private selfId = 0;
  private readonly users = new Map<number, Participant>();
  private readonly network = new Map<number, { uplink?: number; downlink?: number }>();

  constructor(private readonly onChange: (participants: readonly Participant[]) => void) {}

  /** Starts over with the users present at join (Zoom fires no event for them). */
  reset(selfId: number, users: readonly ZoomUser[]): void {
    this.selfId = selfId;
    this.users.clear();
    this.network.clear();
    if (users.length > 0) this.merge(users);
  }

  /** Merges partial users (`user-added`, `user-updated`, `peer-video-state-change`). */
  merge(users: readonly ZoomUser[]): void {
    for (const user of users) {
      const old = this.users.get(user.userId) ?? {
        id: String(user.userId),
        name: '',
        isSelf: user.userId === this.selfId,
        isHost: false,
        audio: 'off',
        videoOn: false,
        sharing: false,
        speaking: false,
        network: 'unknown',
      };
      // `audio: ''` means not connected to audio; `muted` alone implies it is connected.
      const connected =
        user.audio !== undefined
          ? user.audio !== ''
          : old.audio !== 'off' || user.muted !== undefined;
      const muted = user.muted ?? old.audio !== 'unmuted';
      this.users.set(user.userId, {
        ...old,
        name: user.displayName ?? old.name,
        isHost: user.isHost ?? old.isHost,
        audio: connected ? (muted ? 'muted' : 'unmuted') : 'off',
        videoOn: user.bVideoOn ?? old.videoOn,
        sharing: user.sharerOn ?? old.sharing,
      });
    }
    this.changed();
  }

  /** Applies a change to this browser's own participant. */
  patchSelf(patch: Omit<ZoomUser, 'userId'>): void {
    if (this.users.has(this.selfId)) this.merge([{ ...patch, userId: this.selfId }]);
  }

  /** Removes users who left. */
  remove(users: readonly ZoomUser[]): void {
    for (const user of users) {
      this.users.delete(user.userId);
      this.network.delete(user.userId);
    }
    this.changed();
  }

  /** Marks the current speakers (`active-speaker` lists everyone speaking now). */
  setSpeakers(speakers: readonly { userId: number }[]): void {
    const speaking = new Set(speakers.map((speaker) => speaker.userId));
    for (const [id, user] of this.users)
      this.users.set(id, { ...user, speaking: speaking.has(id) });
    this.changed();
  }

  /** Records one direction's level; the participant shows the worse of the two. */
  setNetwork(userId: number, type: 'uplink' | 'downlink', level: number): void {
    const user = this.users.get(userId);
    if (!user) return;
    const levels = { ...this.network.get(userId), [type]: level };
    this.network.set(userId, levels);
    const qualities = [levels.uplink, levels.downlink]
      .filter((value): value is number => value !== undefined)
      .map(networkQualityFromLevel);
    const worst = qualities.sort((a, b) => rank[a] - rank[b])[0] ?? 'unknown';
    if (worst !== user.network) {
      this.users.set(userId, { ...user, network: worst });
      this.changed();
    }
  }

  private changed() {
    this.onChange([...this.users.values()]);
  }
}
