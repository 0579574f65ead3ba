import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { createVideoSession } from '../../core/session';
import type { SimulatedEngineOptions } from '../../core/simulated/SimulatedEngine';
import type { VideoRole } from '../../core/types';
import { demoDetails, demoEngine, specialist } from '../storySupport';
import { VideoSessionProvider } from '../VideoPanel/VideoSessionProvider';
import { ControlBar, type ControlBarProps } from './ControlBar';
import * as stories from './ControlBar.stories';

async function bar(
  options: SimulatedEngineOptions = {},
  role: VideoRole = 'participant',
  props: Partial<ControlBarProps> = {},
) {
  const engine = demoEngine({ joinDelayMs: 0, participants: [specialist], ...options });
  const session = createVideoSession({ engine, details: { ...demoDetails, role } });
  const handlers = { onLayoutChange: vi.fn(), onParticipantsOpenChange: vi.fn() };
  render(
    <VideoSessionProvider session={session}>
      <ControlBar layout="speaker" participantsOpen={false} {...handlers} {...props} />
    </VideoSessionProvider>,
  );
  await act(() => session.join());
  return { engine, session, handlers, group: screen.getByRole('group', { name: '通話の操作' }) };
}

describe('ControlBar', () => {
  it('shows share only where the browser can share a screen', async () => {
    const { group } = await bar();
    expect(within(group).queryByRole('button', { name: '画面共有' })).toBeNull();
    const names = within(group)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-keyshortcuts'));
    expect(names).toEqual(['Alt+A', 'Alt+V', 'Alt+G', 'Alt+U', null, null, 'Alt+Q']);
  });

  it('shares a screen where it can, and not while someone else shares', async () => {
    const media = {
      getDisplayMedia: vi.fn(async () => new MediaStreamStub()),
    } as unknown as MediaDevices;
    const { group, engine } = await bar({ mediaDevices: media, localMedia: 'synthetic' });
    const share = within(group).getByRole('button', { name: '画面共有' });
    await userEvent.click(share);
    await waitFor(() => expect(share).toHaveAttribute('aria-pressed', 'true'));
    await userEvent.click(share);
    await waitFor(() => expect(share).toHaveAttribute('aria-pressed', 'false'));
    act(() => engine.simulate({ type: 'share', id: 'specialist' }));
    expect(share).toBeDisabled();
  });

  it('asks for the layout and the participant list through its callbacks', async () => {
    const { group, handlers } = await bar();
    await userEvent.click(within(group).getByRole('button', { name: 'ギャラリー表示' }));
    expect(handlers.onLayoutChange).toHaveBeenCalledWith('gallery');
    await userEvent.click(within(group).getByRole('button', { name: '参加者（2）' }));
    expect(handlers.onParticipantsOpenChange).toHaveBeenCalledWith(true);
  });

  it('switches devices from the settings dialog', async () => {
    const { group, session } = await bar();
    await userEvent.click(within(group).getByRole('button', { name: '機器の設定' }));
    const dialog = await screen.findByRole('dialog', { name: '機器の設定' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: /カメラ/ }),
      'simulated-camera',
    );
    expect(session.getSnapshot().selected.cameraId).toBe('simulated-camera');
  });

  it('ignores shortcuts when turned off, and while typing elsewhere is not affected by them', async () => {
    const { group } = await bar({}, 'participant', { shortcuts: false });
    const microphone = within(group).getByRole('button', { name: 'マイク' });
    await waitFor(() => expect(microphone).toHaveAttribute('aria-pressed', 'true'));
    await userEvent.keyboard('{Alt>}a{/Alt}');
    expect(microphone).toHaveAttribute('aria-pressed', 'true');
  });

  itPassesAxeForEveryStory(stories);
});

/** Just enough of a MediaStream for the simulated share. */
class MediaStreamStub {
  getTracks() {
    return [];
  }
  getVideoTracks() {
    return [];
  }
}
