import { act, render, screen } from '@testing-library/react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { createVideoSession } from '../../core/session';
import { demoDetails, demoEngine, specialist } from '../storySupport';
import { VideoSessionProvider } from '../VideoPanel/VideoSessionProvider';
import { SessionAnnouncer } from './SessionAnnouncer';
import * as stories from './SessionAnnouncer.stories';

describe('SessionAnnouncer', () => {
  it('is a polite log, present before the first message, keeping the last five', async () => {
    const engine = demoEngine({ joinDelayMs: 0, participants: [specialist] });
    const session = createVideoSession({ engine, details: demoDetails });
    render(
      <VideoSessionProvider session={session}>
        <SessionAnnouncer />
      </VideoSessionProvider>,
    );
    const log = screen.getByRole('log');
    expect(log).toHaveAttribute('aria-live', 'polite');
    expect(log).toBeEmptyDOMElement();
    await act(() => session.join());
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      act(() => engine.simulate({ type: 'join', participant: { id, name: id.toUpperCase() } }));
    }
    act(() => engine.simulate({ type: 'update', id: 'specialist', muted: true }));
    const lines = [...log.querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).toEqual([
      'B さんが参加しました',
      'C さんが参加しました',
      'D さんが参加しました',
      'E さんが参加しました',
      '相談員 佐藤 さんがマイクをオフにしました',
    ]);
  });

  itPassesAxeForEveryStory(stories);
});
