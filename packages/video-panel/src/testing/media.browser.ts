// Helpers for the Chromium tests: record every track the page captures, and wait for real frames.
import { expect, vi } from 'vitest';

/** Wraps getUserMedia and getDisplayMedia so a test can check that every captured track ended. */
export function recordCapturedTracks() {
  const tracks: MediaStreamTrack[] = [];
  const media = navigator.mediaDevices;
  const original = media.getUserMedia.bind(media);
  const spy = vi.spyOn(media, 'getUserMedia').mockImplementation(async (constraints) => {
    const stream = await original(constraints);
    tracks.push(...stream.getTracks());
    return stream;
  });
  return {
    tracks,
    live: () => tracks.filter((track) => track.readyState === 'live'),
    restore: () => spy.mockRestore(),
  };
}

/** Resolves once `video` has painted at least `count` new frames (it is really playing). */
export async function framesArrive(video: HTMLVideoElement, count = 3): Promise<void> {
  await expect.poll(() => video.readyState, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  for (let frame = 0; frame < count; frame += 1) {
    await new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
  }
  expect(video.videoWidth).toBeGreaterThan(0);
}
