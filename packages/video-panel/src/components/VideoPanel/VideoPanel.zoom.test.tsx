import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeZoomSdk, type FakeZoomSdk } from '../../core/zoom/testing/fakeZoomSdk';
import { VideoPanel } from './VideoPanel';

const zoom = vi.hoisted(() => ({ fake: null as unknown as FakeZoomSdk }));
vi.mock('@zoom/videosdk', () => ({
  default: new Proxy({}, { get: (_, key) => zoom.fake.sdk[key as keyof FakeZoomSdk['sdk']] }),
}));

const session = {
  engine: 'zoom' as const,
  token: 'signed.jwt.token',
  sessionName: 'consult-7f3a9c',
  userName: '山田 花子',
  role: 'participant' as const,
};

const attachedIds = () =>
  zoom.fake.stream.attachVideo.mock.calls.map(([userId]) => userId).sort((a, b) => a - b);

beforeEach(() => {
  zoom.fake = createFakeZoomSdk({
    selfId: 1,
    users: [
      { userId: 1, displayName: '山田 花子' },
      {
        userId: 2,
        displayName: '相談員 佐藤',
        bVideoOn: true,
        audio: 'computer',
        muted: false,
        isHost: true,
      },
      { userId: 3, displayName: '手話通訳 李', bVideoOn: false, audio: 'computer', muted: true },
    ],
  });
});

describe('VideoPanel on the Zoom engine (mocked SDK)', () => {
  it('runs init → join → audio only after the button → attach present users → follow events → detach on leave', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <VideoPanel session={session} engineOptions={{ zoom: { dependentAssets: '/zoom-lib' } }} />,
    );
    expect(screen.queryByText(/デモモード/)).toBeNull();
    await waitFor(() =>
      expect(zoom.fake.client.init).toHaveBeenCalledWith('jp-JP', '/zoom-lib', expect.anything()),
    );
    expect(zoom.fake.client.join).not.toHaveBeenCalled();
    expect(zoom.fake.stream.startAudio).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '参加する' }));
    await screen.findByRole('group', { name: '通話の操作' });
    expect(zoom.fake.client.join).toHaveBeenCalledWith(
      'consult-7f3a9c',
      'signed.jwt.token',
      '山田 花子',
    );
    const log = zoom.fake.log;
    expect(log.indexOf('init')).toBeLessThan(log.indexOf('join'));
    expect(log.indexOf('join')).toBeLessThan(log.indexOf('startAudio'));
    expect(zoom.fake.stream.startAudio).toHaveBeenCalledWith({ mute: false });

    // Everyone already present whose camera is on is rendered, in the one video-player-container.
    await waitFor(() => expect(attachedIds()).toContain(2));
    expect(attachedIds()).not.toContain(3);
    expect(
      document.querySelectorAll('video-player-container[data-render-root="video"]'),
    ).toHaveLength(1);
    expect(
      document.querySelector('video-player-container video-player[node-id="2"]'),
    ).not.toBeNull();

    act(() => zoom.fake.emit('peer-video-state-change', { action: 'Start', userId: 3 }));
    await waitFor(() => expect(attachedIds()).toContain(3));
    act(() => zoom.fake.emit('peer-video-state-change', { action: 'Stop', userId: 3 }));
    await waitFor(() =>
      expect(zoom.fake.stream.detachVideo).toHaveBeenCalledWith(3, expect.anything()),
    );

    act(() => zoom.fake.emit('connection-change', { state: 'Reconnecting' }));
    expect(screen.getByText('接続が切れました')).toBeInTheDocument();
    act(() => zoom.fake.emit('connection-change', { state: 'Connected' }));
    expect(screen.queryByText('接続が切れました')).toBeNull();

    await user.click(screen.getByRole('button', { name: '退出' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: '退出する' }),
    );
    await screen.findByRole('heading', { name: '通話は終了しました' });
    expect(zoom.fake.stream.detachVideo).toHaveBeenCalledWith(2, expect.anything());
    expect(log.lastIndexOf('detachVideo')).toBeLessThan(log.indexOf('leave'));
    expect(log.indexOf('stopVideo')).toBeLessThan(log.indexOf('leave'));
    expect(zoom.fake.client.leave).toHaveBeenCalledWith(false);

    unmount();
    await waitFor(() => expect(zoom.fake.sdk.destroyClient).toHaveBeenCalled());
    expect(zoom.fake.listenerCount()).toBe(0);
  });

  it('cleans up on unmount in the middle of a session: tracks stopped, left, client destroyed', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<VideoPanel session={session} />);
    await user.click(await screen.findByRole('button', { name: '参加する' }));
    await screen.findByRole('group', { name: '通話の操作' });
    unmount();
    await waitFor(() => expect(zoom.fake.sdk.destroyClient).toHaveBeenCalled());
    const log = zoom.fake.log;
    expect(log.indexOf('stopVideo')).toBeLessThan(log.indexOf('leave'));
    expect(log.indexOf('stopAudio')).toBeLessThan(log.indexOf('leave'));
    expect(log.indexOf('leave')).toBeLessThan(log.indexOf('destroyClient'));
  });

  it('explains an SDK failure in plain words', async () => {
    zoom.fake.client.join.mockRejectedValueOnce({
      type: 'INVALID_PARAMETERS',
      reason: 'x',
      errorCode: 200,
    });
    const user = userEvent.setup();
    render(<VideoPanel session={session} />);
    await user.click(await screen.findByRole('button', { name: '参加する' }));
    expect(
      await screen.findByRole('heading', { name: '接続できませんでした' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/通話につながりませんでした。通信環境/)).toBeInTheDocument();
  });

  it('shows what the host ended', async () => {
    const user = userEvent.setup();
    render(<VideoPanel session={session} />);
    await user.click(await screen.findByRole('button', { name: '参加する' }));
    await screen.findByRole('group', { name: '通話の操作' });
    act(() => zoom.fake.emit('connection-change', { state: 'Closed', reason: 'ended by host' }));
    expect(await screen.findByRole('heading', { name: '通話は終了しました' })).toBeInTheDocument();
    expect(document.querySelector('.machi-session-ended')).toHaveTextContent(
      '担当者が通話を終了しました。',
    );
    expect(screen.queryByRole('button', { name: 'もう一度参加する' })).toBeNull();
  });
});
