import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { createVideoSession } from '../../core/session';
import type { SimulatedEngineOptions } from '../../core/simulated/SimulatedEngine';
import { demoDetails, demoEngine } from '../storySupport';
import { VideoSessionProvider } from '../VideoPanel/VideoSessionProvider';
import { PreJoin } from './PreJoin';
import * as stories from './PreJoin.stories';

function preJoin(options: SimulatedEngineOptions = {}) {
  const engine = demoEngine({ joinDelayMs: 0, ...options });
  const session = createVideoSession({ engine, details: demoDetails });
  const ref = createRef<HTMLFormElement>();
  render(
    <VideoSessionProvider session={session}>
      <PreJoin ref={ref} />
    </VideoSessionProvider>,
  );
  return { engine, session, ref };
}

describe('PreJoin', () => {
  it('prepares the engine, previews the camera and meters the microphone', async () => {
    const { engine, ref } = preJoin();
    const preview = vi.spyOn(engine, 'startPreviewVideo');
    expect(ref.current).toHaveAccessibleName('通話に参加する前に');
    await waitFor(() => expect(preview).toHaveBeenCalled());
    expect(screen.getByRole('meter', { name: 'マイクの音量' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /カメラ/ })).toHaveDisplayValue('標準の機器');
  });

  it('turns the camera and microphone off and on', async () => {
    const { engine } = preJoin();
    const camera = screen.getByRole('button', { name: 'カメラ' });
    await waitFor(() => expect(camera).toHaveAttribute('aria-pressed', 'true'));
    const stop = vi.spyOn(engine, 'stopPreviewVideo');
    await userEvent.click(camera);
    await waitFor(() => expect(camera).toHaveAttribute('aria-pressed', 'false'));
    expect(stop).toHaveBeenCalled();
    expect(
      screen.getByText('カメラはオフです。相手にあなたの映像は見えません。'),
    ).toBeInTheDocument();
    const microphone = screen.getByRole('button', { name: 'マイク' });
    await userEvent.click(microphone);
    await waitFor(() => expect(microphone).toHaveAttribute('aria-pressed', 'false'));
  });

  it.each([
    [{ camera: 'denied' }, 'カメラを使えません', /カメラが許可されていません/],
    [{ camera: 'missing' }, 'カメラを使えません', /カメラなしでも、音声だけで参加できます/],
    [{ camera: 'in-use' }, 'カメラを使えません', /アプリを閉じてください/],
    [{ microphone: 'denied' }, 'マイクを使えません', /マイクが許可されていません/],
    [{ microphone: 'missing' }, 'マイクを使えません', /マイクが見つかりません/],
  ] as const)('explains %o', async (deviceErrors, title, help) => {
    preJoin({ deviceErrors });
    expect(await screen.findByRole('heading', { name: new RegExp(title) })).toBeInTheDocument();
    expect(screen.getByText(help)).toBeInTheDocument();
  });

  it('explains a browser that cannot make calls', async () => {
    preJoin({ localMedia: 'device', mediaDevices: null });
    expect(await screen.findAllByText(/このブラウザは通話に対応していません/)).not.toHaveLength(0);
  });

  itPassesAxeForEveryStory(stories);
});
