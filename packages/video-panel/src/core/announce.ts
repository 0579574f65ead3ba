import type { Participant } from './types';

/** A message for the live region: a catalog key and its values, with an id so repeats are announced. */
export interface Announcement {
  /** Increases with every announcement. */
  id: number;
  /** Catalog key, e.g. `video.announce.joined`. */
  key: string;
  /** Placeholder values. */
  values?: Readonly<Record<string, string | number>>;
}

/** An announcement before it gets its id. */
export type AnnouncementDraft = Omit<Announcement, 'id'>;

/**
 * What changed between two participant lists, worth saying aloud: who joined, who left, who muted
 * or unmuted, and this person's own camera. Self changes are said as "you".
 */
export function describeParticipantChanges(
  previous: readonly Participant[],
  next: readonly Participant[],
): AnnouncementDraft[] {
  const before = new Map(previous.map((participant) => [participant.id, participant]));
  const after = new Set(next.map((participant) => participant.id));
  const drafts: AnnouncementDraft[] = [];
  for (const participant of next) {
    const old = before.get(participant.id);
    const name = participant.name;
    const who = participant.isSelf ? 'self' : 'other';
    if (!old) {
      if (!participant.isSelf) drafts.push({ key: 'video.announce.joined', values: { name } });
      continue;
    }
    if (old.audio !== participant.audio && participant.audio !== 'off' && old.audio !== 'off') {
      drafts.push({ key: `video.announce.${who}.${participant.audio}`, values: { name } });
    }
    // Others' cameras are not announced: in a class of 25 that would drown everything else.
    if (participant.isSelf && old.videoOn !== participant.videoOn) {
      drafts.push({
        key: `video.announce.self.video${participant.videoOn ? 'On' : 'Off'}`,
        values: { name },
      });
    }
  }
  for (const participant of previous) {
    if (!after.has(participant.id) && !participant.isSelf) {
      drafts.push({ key: 'video.announce.left', values: { name: participant.name } });
    }
  }
  return drafts;
}
