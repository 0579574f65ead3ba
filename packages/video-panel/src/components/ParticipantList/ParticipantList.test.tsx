import { act, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { createVideoSession } from '../../core/session';
import { demoDetails, demoEngine } from '../storySupport';
import { VideoSessionProvider } from '../VideoPanel/VideoSessionProvider';
import { ParticipantList } from './ParticipantList';
import * as stories from './ParticipantList.stories';

describe('ParticipantList', () => {
  it('lists everyone with their states in words', async () => {
    const engine = demoEngine({
      joinDelayMs: 0,
      participants: [
        { name: '相談員 佐藤', host: true, sharing: true },
        { name: '通訳 李', muted: true, videoOn: false, network: 'poor' },
      ],
    });
    const session = createVideoSession({ engine, details: demoDetails });
    const ref = createRef<HTMLElement>();
    render(
      <VideoSessionProvider session={session}>
        <ParticipantList ref={ref} headingLevel={3} />
      </VideoSessionProvider>,
    );
    await act(() => session.join());
    const list = screen.getByRole('region', { name: '参加者（3人）' });
    expect(ref.current).toBe(list);
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
    const [self, staff, interpreter] = within(list).getAllByRole('listitem');
    expect(self).toHaveTextContent('山田 花子（あなた）');
    expect(staff).toHaveTextContent('相談員 佐藤主催者マイクオンカメラオン画面を共有中');
    expect(interpreter).toHaveTextContent('マイクオフカメラオフ通信状態：不安定');
  });

  itPassesAxeForEveryStory(stories);
});
