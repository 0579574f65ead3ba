import { I18nProvider } from '@machi-dx/ui';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, StrictMode } from 'react';
import { itHasCompleteCatalogs } from '../../../../../tooling/catalogs';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import type { SimulatedEngine, SimulatedEngineOptions } from '../../core/simulated/SimulatedEngine';
import { videoPanelCatalogs } from '../../intl';
import { classroom, demoDetails, demoEngine, specialist } from '../storySupport';
import { VideoPanel, type VideoPanelProps } from './VideoPanel';
import * as stories from './VideoPanel.stories';

function setup(options: SimulatedEngineOptions = {}, props: Partial<VideoPanelProps> = {}) {
  const engine = demoEngine({ joinDelayMs: 0, participants: [specialist], ...options });
  const user = userEvent.setup();
  const view = render(<VideoPanel engine={engine} session={demoDetails} {...props} />);
  return { engine, user, ...view };
}

async function join(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '参加する' }));
  return screen.findByRole('group', { name: '通話の操作' });
}

const log = () => screen.getByRole('log');
const ended = () => document.querySelector('.machi-session-ended') as HTMLElement;

describe('VideoPanel', () => {
  it('says plainly that the simulated engine is a demo', () => {
    setup();
    expect(screen.getByText('デモモード（実際の通話ではありません）')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'ビデオ通話' })).toHaveAttribute(
      'data-engine',
      'simulated',
    );
  });

  it('goes from pre-join to the session and to the end, announcing along the way', async () => {
    const onPhaseChange = vi.fn();
    const { user, engine } = setup({}, { onPhaseChange });
    expect(screen.getByRole('heading', { name: '通話に参加する前に' })).toBeInTheDocument();
    const controls = await join(user);
    expect(onPhaseChange.mock.calls.map(([phase]) => phase)).toEqual([
      'pre-join',
      'joining',
      'in-session',
    ]);
    expect(screen.getByRole('heading', { name: '通話中' })).toHaveFocus();
    expect(log()).toHaveTextContent('通話に参加しました。参加者は 2 人です。');
    expect(screen.getByText('相談員 佐藤')).toBeInTheDocument();

    act(() => engine.simulate({ type: 'join', participant: { id: 'x', name: '通訳 李' } }));
    expect(log()).toHaveTextContent('通訳 李 さんが参加しました');

    await user.click(within(controls).getByRole('button', { name: '退出' }));
    const dialog = await screen.findByRole('dialog', { name: '通話から退出しますか' });
    expect(within(dialog).queryByRole('button', { name: '全員の通話を終了する' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '退出する' }));
    expect(await screen.findByRole('heading', { name: '通話は終了しました' })).toHaveFocus();
    expect(ended()).toHaveTextContent('通話から退出しました。');
    expect(log()).toHaveTextContent('通話から退出しました。');
    expect(engine.getLocalTracks()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'もう一度参加する' }));
    expect(await screen.findByRole('group', { name: '通話の操作' })).toBeInTheDocument();
  });

  it('checks the name on submit, keeps it, and focuses the field', async () => {
    const { user } = setup();
    const name = screen.getByRole('textbox', { name: /表示名/ });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: '参加する' }));
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('表示名を入力してください'));
    await user.type(name, '山田');
    await join(user);
    expect(screen.getByText('山田（あなた）')).toBeInTheDocument();
  });

  it('toggles the microphone and camera with buttons and with Alt shortcuts', async () => {
    const { user } = setup();
    const controls = await join(user);
    const microphone = within(controls).getByRole('button', { name: 'マイク' });
    await waitFor(() => expect(microphone).toHaveAttribute('aria-pressed', 'true'));
    expect(microphone).toHaveAttribute('aria-keyshortcuts', 'Alt+A');
    await user.click(microphone);
    await waitFor(() => expect(microphone).toHaveAttribute('aria-pressed', 'false'));
    expect(log()).toHaveTextContent('マイクをオフにしました');
    await user.keyboard('{Alt>}a{/Alt}');
    await waitFor(() => expect(microphone).toHaveAttribute('aria-pressed', 'true'));
    const camera = within(controls).getByRole('button', { name: 'カメラ' });
    await user.keyboard('{Alt>}v{/Alt}');
    await waitFor(() => expect(camera).toHaveAttribute('aria-pressed', 'false'));
    await user.keyboard('{Alt>}q{/Alt}');
    expect(await screen.findByRole('dialog', { name: '通話から退出しますか' })).toBeInTheDocument();
  });

  it('lists the shortcuts in a dialog, so they can be found', async () => {
    const { user } = setup();
    const controls = await join(user);
    await user.click(within(controls).getByRole('button', { name: 'キーボード操作' }));
    const dialog = await screen.findByRole('dialog', { name: 'キーボード操作' });
    const terms = within(dialog)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(terms).toContainEqual(['マイク', 'Alt+A']);
    expect(terms).toContainEqual(['退出', 'Alt+Q']);
  });

  it('switches layout and opens the participant list', async () => {
    const { user, container } = setup({ participants: classroom(3) });
    const controls = await join(user);
    expect(container.querySelector('.machi-video-stage')).toHaveAttribute('data-layout', 'speaker');
    await user.click(within(controls).getByRole('button', { name: 'ギャラリー表示' }));
    expect(container.querySelector('.machi-video-stage')).toHaveAttribute('data-layout', 'gallery');
    const list = within(controls).getByRole('button', { name: '参加者（4）' });
    await user.click(list);
    const region = screen.getByRole('region', { name: '参加者（4人）' });
    expect(list).toHaveAttribute('aria-controls', region.id);
    expect(within(region).getAllByRole('listitem')).toHaveLength(4);
  });

  it('lets a host end the call for everyone', async () => {
    const { user, engine } = setup({}, { session: { ...demoDetails, role: 'host' } });
    const leave = vi.spyOn(engine, 'leave');
    const controls = await join(user);
    await user.click(within(controls).getByRole('button', { name: '退出' }));
    await user.click(await screen.findByRole('button', { name: '全員の通話を終了する' }));
    expect(leave).toHaveBeenCalledWith({ endForAll: true });
    await screen.findByRole('heading', { name: '通話は終了しました' });
    expect(ended()).toHaveTextContent('全員の通話を終了しました。');
  });

  it('asks for a click when the browser blocks audio', async () => {
    const { user, engine } = setup();
    await join(user);
    const resume = vi.spyOn(engine, 'resumeAudio');
    act(() =>
      (engine as unknown as { emit: (type: string, payload?: unknown) => void }).emit(
        'audio-blocked',
      ),
    );
    await user.click(screen.getByRole('button', { name: '音声を聞く' }));
    expect(resume).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: '音声を聞く' })).toBeNull();
  });

  it('shows a clear message and a retry when connecting fails', async () => {
    const { user } = setup({ joinError: 'connection-failed' });
    await user.click(screen.getByRole('button', { name: '参加する' }));
    expect(await screen.findByRole('heading', { name: '接続できませんでした' })).toHaveFocus();
    expect(screen.getByText(/通話につながりませんでした。通信環境/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'もう一度接続する' })).toBeInTheDocument();
  });

  it('follows the locale and the city’s overrides', async () => {
    const engine = demoEngine({ joinDelayMs: 0 });
    render(
      <I18nProvider locale="en" messages={{ en: { 'video.preJoin.join': 'Enter the room' } }}>
        <VideoPanel engine={engine} session={demoDetails} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Before you join' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enter the room' })).toBeInTheDocument();
  });

  it('forwards its ref and native props', () => {
    const ref = createRef<HTMLElement>();
    render(<VideoPanel ref={ref} engine={demoEngine()} session={demoDetails} id="room" />);
    expect(ref.current).toHaveAttribute('id', 'room');
  });

  it('releases everything on unmount, also under Strict Mode', async () => {
    const engine = demoEngine({ joinDelayMs: 0, participants: [specialist] });
    const destroy = vi.spyOn(engine, 'destroy');
    const user = userEvent.setup();
    const { unmount } = render(
      <StrictMode>
        <VideoPanel engine={engine} session={demoDetails} />
      </StrictMode>,
    );
    await join(user);
    unmount();
    await waitFor(() => expect(destroy).toHaveBeenCalled());
    expect((engine as SimulatedEngine).getLocalTracks()).toEqual([]);
  });

  itHasCompleteCatalogs(videoPanelCatalogs);
  itPassesAxeForEveryStory(stories);
});
