import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { createVideoSession } from '../../core/session';
import type { SimulatedEngineOptions } from '../../core/simulated/SimulatedEngine';
import { demoDetails, demoEngine } from '../storySupport';
import { VideoSessionProvider } from '../VideoPanel/VideoSessionProvider';
import { SessionEnded } from './SessionEnded';
import * as stories from './SessionEnded.stories';

async function ended(options: SimulatedEngineOptions, end?: () => void) {
  const engine = demoEngine({ joinDelayMs: 0, ...options });
  const session = createVideoSession({ engine, details: demoDetails });
  await act(() => session.join());
  await act(async () => {
    if (end) end();
    else await session.leave();
  });
  render(
    <VideoSessionProvider session={session}>
      <SessionEnded>
        <a href="/book">もう一度予約する</a>
      </SessionEnded>
    </VideoSessionProvider>,
  );
  return { engine, session };
}

describe('SessionEnded', () => {
  it('after leaving: the reason, focus on the heading, rejoin and the host app’s next step', async () => {
    const { session } = await ended({});
    expect(screen.getByRole('heading', { name: '通話は終了しました' })).toHaveFocus();
    expect(screen.getByText('通話から退出しました。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'もう一度予約する' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'もう一度参加する' }));
    expect(session.getSnapshot().phase).toBe('in-session');
  });

  it('after the host ended it: no rejoin', async () => {
    const engine = demoEngine({ joinDelayMs: 0 });
    const session = createVideoSession({ engine, details: demoDetails });
    await act(() => session.join());
    act(() => engine.simulate({ type: 'end', reason: 'ended-by-host' }));
    render(
      <VideoSessionProvider session={session}>
        <SessionEnded />
      </VideoSessionProvider>,
    );
    expect(screen.getByText('担当者が通話を終了しました。')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('after a failure: the cause in plain words and a retry', async () => {
    await ended({ joinError: 'session-full' }, () => {});
    expect(screen.getByRole('heading', { name: '接続できませんでした' })).toBeInTheDocument();
    expect(screen.getByText('参加できる人数を超えています。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'もう一度接続する' })).toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
