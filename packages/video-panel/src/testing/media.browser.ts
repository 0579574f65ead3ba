// Helpers for the Chromium tests: record every track the page captures, and wait for real frames.
import { expect, vi } from 'vitest';

/**
 * Wraps getUserMedia so a test can check that every captured track ended. With `hold`, each request
 * gets its stream at once but answers only when the test calls `answer()` — so the test can stop,
 * leave or unmount while a request is pending, as a slow permission prompt or device would.
 */
export function recordCapturedTracks({ hold = false }: { hold?: boolean } = {}) {
  const tracks: MediaStreamTrack[] = [];
  const held: (() => void)[] = [];
  const media = navigator.mediaDevices;
  const original = media.getUserMedia.bind(media);
  const spy = vi.spyOn(media, 'getUserMedia').mockImplementation(async (constraints) => {
    const stream = await original(constraints);
    tracks.push(...stream.getTracks());
    if (hold) await new Promise<void>((resolve) => held.push(resolve));
    return stream;
  });
  return {
    tracks,
    live: () => tracks.filter((track) => track.readyState === 'live'),
    /** How many requests wait for `answer()`. */
    pending: () => held.length,
    /** Answers every request held so far. */
    answer: () => {
      for (const resolve of held.splice(0)) resolve();
    },
    restore: () => spy.mockRestore(),
  };
}

/** Waits until every captured track has ended, then checks none is live (lists them if one is). */
export async function everyTrackEnds(recorder: ReturnType<typeof recordCapturedTracks>) {
  await expect
    .poll(() => recorder.live().map((track) => `${track.kind}:${track.label}`), {
      timeout: 2000,
      interval: 25,
    })
    .toEqual([]);
  expect(recorder.tracks.every((track) => track.readyState === 'ended')).toBe(true);
}

/** Resolves once `video` has painted at least `count` new frames (it is really playing). */
export async function framesArrive(video: HTMLVideoElement, count = 3): Promise<void> {
  await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  for (let frame = 0; frame < count; frame += 1) {
    await new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
  }
  expect(video.videoWidth).toBeGreaterThan(0);
}
