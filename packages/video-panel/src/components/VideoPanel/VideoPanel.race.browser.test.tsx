// The whole panel as the portal mounts it (React Strict Mode, demo engine made from the token answer)
// with a camera and microphone that answer late: unmounting or joining while a request is pending
// must still end every track (issue 4: the portal's demo room left a microphone live now and then).
import { I18nProvider } from '@machi-dx/ui';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyTrackEnds, recordCapturedTracks } from '../../testing/media.browser';
import { demoDetails } from '../storySupport';
import { VideoPanel } from './VideoPanel';

let recorder: ReturnType<typeof recordCapturedTracks>;

beforeEach(() => {
  recorder = recordCapturedTracks({ hold: true });
});

afterEach(() => {
  cleanup();
  recorder.answer();
  recorder.restore();
});

function mountPanel() {
  return render(
    <StrictMode>
      <I18nProvider locale="ja">
        <VideoPanel
          session={demoDetails}
          engineOptions={{ simulated: { joinDelayMs: 50, participants: [{ name: '相談員' }] } }}
        />
      </I18nProvider>
    </StrictMode>,
  );
}

/** Waits until the microphone preview has asked for the device and not been answered yet. */
const microphonePending = () =>
  expect
    .poll(() => recorder.tracks.some((track) => track.kind === 'audio') && recorder.pending() > 0, {
      timeout: 5000,
    })
    .toBe(true);

describe('VideoPanel under Strict Mode with late device answers (Chromium, fake devices)', () => {
  it('unmounting while the microphone request is pending ends every track (5 times)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const view = mountPanel();
      await microphonePending();
      view.unmount();
      recorder.answer();
      // Later requests of the unmounted panel (if any) answer too.
      await new Promise((resolve) => setTimeout(resolve, 100));
      recorder.answer();
      await everyTrackEnds(recorder);
    }
  });

  it('joining while the microphone request is pending, then leaving, ends every track (3 times)', async () => {
    const user = userEvent.setup();
    for (let round = 0; round < 3; round += 1) {
      const view = mountPanel();
      await microphonePending();
      await user.click(screen.getByRole('button', { name: '参加する' }));
      // From now on every request answers promptly, as a granted device would.
      const answering = setInterval(recorder.answer, 10);
      try {
        const leave = await screen.findByRole('button', { name: '退出' }, { timeout: 5000 });
        await expect
          .poll(() =>
            recorder
              .live()
              .map((track) => track.kind)
              .sort(),
          )
          .toEqual(['audio', 'video']);
        await user.click(leave);
        await user.click(await screen.findByRole('button', { name: '退出する' }));
        await screen.findByRole('heading', { name: '通話は終了しました' });
        await everyTrackEnds(recorder);
      } finally {
        clearInterval(answering);
      }
      view.unmount();
    }
  });
});
