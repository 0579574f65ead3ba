import { describeParticipantChanges } from './announce';
import type { Participant } from './types';

const person = (id: string, patch: Partial<Participant> = {}): Participant => ({
  id,
  name: `name-${id}`,
  isSelf: false,
  isHost: false,
  audio: 'unmuted',
  videoOn: true,
  sharing: false,
  speaking: false,
  network: 'good',
  ...patch,
});

describe('describeParticipantChanges', () => {
  it('says who joined and left, and mute changes; not others’ cameras', () => {
    const before = [person('me', { isSelf: true }), person('a'), person('b')];
    const after = [
      person('me', { isSelf: true, audio: 'muted', videoOn: false }),
      person('a', { audio: 'muted', videoOn: false }),
      person('c'),
    ];
    expect(
      describeParticipantChanges(before, after).map((draft) => [draft.key, draft.values?.name]),
    ).toEqual([
      ['video.announce.self.muted', 'name-me'],
      ['video.announce.self.videoOff', 'name-me'],
      ['video.announce.other.muted', 'name-a'],
      ['video.announce.joined', 'name-c'],
      ['video.announce.left', 'name-b'],
    ]);
  });

  it('says nothing when audio only connects, or nothing changed', () => {
    const before = [person('a', { audio: 'off' })];
    expect(describeParticipantChanges(before, [person('a', { audio: 'muted' })])).toEqual([]);
    expect(describeParticipantChanges(before, before)).toEqual([]);
  });
});
