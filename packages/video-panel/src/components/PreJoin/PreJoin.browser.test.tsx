import { I18nProvider } from '@machi-dx/ui';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '@machi-dx/ui/styles.css';
import { SimulatedEngine } from '../../core/simulated/SimulatedEngine';
import { framesArrive, recordCapturedTracks } from '../../testing/media.browser';
import { demoDetails } from '../storySupport';
import { VideoPanel } from '../VideoPanel/VideoPanel';

let recorder: ReturnType<typeof recordCapturedTracks>;

beforeEach(() => {
  recorder = recordCapturedTracks();
});

afterEach(() => {
  cleanup();
  recorder.restore();
});

const previewVideo = () =>
  waitFor(() => {
    const video = document.querySelector<HTMLVideoElement>('.machi-pre-join__slot video');
    expect(video).not.toBeNull();
    return video as HTMLVideoElement;
  });

function panel() {
  const engine = new SimulatedEngine({ joinDelayMs: 0, participants: [{ name: '相談員 佐藤' }] });
  render(
    <I18nProvider locale="ja">
      <VideoPanel engine={engine} session={demoDetails} />
    </I18nProvider>,
  );
  return engine;
}

describe('PreJoin in Chromium with fake devices', () => {
  it('shows live frames from the camera and a moving microphone meter, with readable labels', async () => {
    panel();
    await framesArrive(await previewVideo());
    const meter = screen.getByRole('meter', { name: 'マイクの音量' }) as HTMLMeterElement;
    await expect.poll(() => meter.value, { timeout: 5000, interval: 50 }).toBeGreaterThan(0);
    // With permission granted, the pickers list the devices by name.
    const camera = screen.getByRole('combobox', { name: /カメラ/ }) as HTMLSelectElement;
    await waitFor(() => expect(camera.options.length).toBeGreaterThan(1));
    expect(camera.options[1]?.textContent).not.toBe('');
  });

  it('the camera button stops and starts the camera track; the microphone button the microphone', async () => {
    const user = userEvent.setup();
    panel();
    await framesArrive(await previewVideo());
    const cameraButton = screen.getByRole('button', { name: 'カメラ' });
    await user.click(cameraButton);
    await waitFor(() =>
      expect(recorder.live().some((track) => track.kind === 'video')).toBe(false),
    );
    await user.click(cameraButton);
    await framesArrive(await previewVideo());
    expect(recorder.live().filter((track) => track.kind === 'video')).toHaveLength(1);
    const microphoneButton = screen.getByRole('button', { name: 'マイク' });
    await user.click(microphoneButton);
    await waitFor(() =>
      expect(recorder.live().some((track) => track.kind === 'audio')).toBe(false),
    );
  });

  it('join → leave stops every track the page captured; no axe violations with real colours', async () => {
    const user = userEvent.setup();
    const engine = panel();
    await framesArrive(await previewVideo());
    const results = await axe.run(document.body, { rules: { region: { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await user.click(screen.getByRole('button', { name: '参加する' }));
    await screen.findByRole('group', { name: '通話の操作' });
    await waitFor(() =>
      expect(
        recorder
          .live()
          .map((track) => track.kind)
          .sort(),
      ).toEqual(['audio', 'video']),
    );
    await user.click(screen.getByRole('button', { name: '退出' }));
    await user.click(await screen.findByRole('button', { name: '退出する' }));
    await screen.findByRole('heading', { name: '通話は終了しました' });
    expect(recorder.tracks.length).toBeGreaterThan(0);
    expect(recorder.live()).toEqual([]);
    expect(engine.getLocalTracks()).toEqual([]);
  });
});
