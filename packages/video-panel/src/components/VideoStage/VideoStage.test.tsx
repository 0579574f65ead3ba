import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { createVideoSession } from '../../core/session';
import type { SimulatedEngineOptions } from '../../core/simulated/SimulatedEngine';
import { classroom, demoDetails, demoEngine, specialist } from '../storySupport';
import { VideoSessionProvider } from '../VideoPanel/VideoSessionProvider';
import { type VideoLayout, VideoStage } from './VideoStage';
import * as stories from './VideoStage.stories';

async function stage(options: SimulatedEngineOptions, layout: VideoLayout = 'speaker') {
  const engine = demoEngine({ joinDelayMs: 0, ...options });
  const session = createVideoSession({ engine, details: demoDetails });
  const attach = vi.spyOn(engine, 'attachVideo');
  const view = render(
    <VideoSessionProvider session={session}>
      <VideoStage layout={layout} />
    </VideoSessionProvider>,
  );
  await act(() => session.join());
  const tiles = () =>
    [...view.container.querySelectorAll('.machi-video-tile')].map((tile) => tile.textContent);
  return { engine, session, attach, tiles, ...view };
}

describe('VideoStage', () => {
  it('features the specialist in a 1:1, the resident beside; video renders inside the render root', async () => {
    const { container, attach, tiles } = await stage({ participants: [specialist] });
    expect(tiles()).toEqual(['相相談員 佐藤話しています', '山山田 花子（あなた）']);
    expect(container.querySelector('.machi-video-tile[data-featured]')).toHaveTextContent(
      '相談員 佐藤',
    );
    const root = container.querySelector('[data-render-root="video"]');
    expect(root?.querySelectorAll('.machi-video-tile')).toHaveLength(2);
    expect(attach).toHaveBeenCalledWith('specialist', expect.any(HTMLElement));
  });

  it('features whoever speaks', async () => {
    const { engine, container } = await stage({ participants: classroom(3) });
    act(() => engine.simulate({ type: 'update', id: 'pupil-3', speaking: true }));
    expect(container.querySelector('[data-featured]')).toHaveTextContent('生徒 3');
  });

  it('pages the gallery by what the engine can render', async () => {
    const { tiles } = await stage(
      { participants: classroom(9), maxRenderableVideos: 4 },
      'gallery',
    );
    expect(tiles()).toHaveLength(4);
    const pages = screen.getByRole('navigation', { name: '参加者のページ' });
    expect(pages).toHaveTextContent('1 / 3 ページ');
    expect(within(pages).getByRole('button', { name: '前のページ' })).toBeDisabled();
    await userEvent.click(within(pages).getByRole('button', { name: '次のページ' }));
    await userEvent.click(within(pages).getByRole('button', { name: '次のページ' }));
    expect(pages).toHaveTextContent('3 / 3 ページ');
    expect(tiles()).toHaveLength(2);
  });

  it('shows up to 25 on one gallery page', async () => {
    const { tiles, container } = await stage({ participants: classroom(24) }, 'gallery');
    expect(tiles()).toHaveLength(25);
    expect(container.querySelector('.machi-video-stage__grid')).toHaveAttribute(
      'data-columns',
      '5',
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows a received screen share large, in its own render root', async () => {
    const { container, engine } = await stage({ participants: [{ ...specialist, sharing: true }] });
    const share = container.querySelector('[data-render-root="share"]');
    expect(share).toHaveTextContent('相談員 佐藤 さんの画面');
    expect(container.querySelector('.machi-video-stage')).toHaveAttribute('data-sharing');
    act(() => engine.simulate({ type: 'share', id: null }));
    expect(container.querySelector('.machi-video-stage')).not.toHaveAttribute('data-sharing');
  });

  it('says when nobody else is here yet, and that a camera is off', async () => {
    const { container } = await stage({
      participants: [{ name: '佐藤', videoOn: false, muted: true }],
    });
    expect(screen.queryByText('ほかの参加者を待っています。')).toBeNull();
    const tile = container.querySelector('.machi-video-tile:not([data-self])');
    expect(tile).toHaveAttribute('data-video', 'off');
    expect(tile).toHaveTextContent('マイクオフ');
  });

  itPassesAxeForEveryStory(stories);
});
