import { act, render, screen } from '@testing-library/react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { createVideoSession } from '../../core/session';
import { demoDetails, demoEngine } from '../storySupport';
import { VideoSessionProvider } from '../VideoPanel/VideoSessionProvider';
import { ReconnectingBanner } from './ReconnectingBanner';
import * as stories from './ReconnectingBanner.stories';

describe('ReconnectingBanner', () => {
  it('shows only while reconnecting', async () => {
    const engine = demoEngine({ joinDelayMs: 0 });
    const session = createVideoSession({ engine, details: demoDetails });
    render(
      <VideoSessionProvider session={session}>
        <ReconnectingBanner />
      </VideoSessionProvider>,
    );
    await act(() => session.join());
    expect(screen.queryByText('接続が切れました')).toBeNull();
    act(() => engine.simulate({ type: 'connection', state: 'reconnecting' }));
    expect(
      screen.getByText('自動でつなぎ直しています。このままお待ちください。'),
    ).toBeInTheDocument();
    act(() => engine.simulate({ type: 'connection', state: 'connected' }));
    expect(screen.queryByText('接続が切れました')).toBeNull();
  });

  it('names the part that is outside a session', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ReconnectingBanner />)).toThrow(/ReconnectingBanner must be inside/);
  });

  itPassesAxeForEveryStory(stories);
});
