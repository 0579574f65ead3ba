// Shared by the stories (and so by the tests that reuse them); not part of the package's API.
import { type ReactNode, useEffect, useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createVideoSession } from '../core/session';
import { SimulatedEngine, type SimulatedEngineOptions } from '../core/simulated/SimulatedEngine';
import type { SimulatedParticipantInit } from '../core/simulated/script';
import type { VideoSessionDetails } from '../core/types';
import { VideoSessionProvider } from './VideoPanel/VideoSessionProvider';

/** The session the stories join: demo mode, a resident. */
export const demoDetails: VideoSessionDetails = {
  engine: 'simulated',
  sessionName: 'demo-consultation',
  userName: '山田 花子',
  role: 'participant',
};

/** The specialist at the main office, speaking. */
export const specialist: SimulatedParticipantInit = {
  id: 'specialist',
  name: '相談員 佐藤',
  host: true,
  speaking: true,
};

/** A class of `count` pupils from another school, a few of them muted or with the camera off. */
export function classroom(count: number): SimulatedParticipantInit[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `pupil-${index + 1}`,
    name: `生徒 ${index + 1}`,
    muted: index % 3 === 1,
    videoOn: index % 5 !== 4,
    speaking: index === 0,
  }));
}

/** A simulated engine with a drawn self view: no camera, no permission prompt, works in jsdom. */
export function demoEngine(options: SimulatedEngineOptions = {}) {
  return new SimulatedEngine({ localMedia: 'synthetic', joinDelayMs: 300, ...options });
}

/**
 * A session on a simulated engine around a part (ControlBar, VideoStage, …), joined on mount when
 * `join` is set. Each mount gets its own engine and releases it on unmount.
 */
export function StorySession({
  engine,
  details,
  join = false,
  children,
}: {
  engine?: SimulatedEngineOptions;
  details?: Partial<VideoSessionDetails>;
  join?: boolean;
  children: ReactNode;
}) {
  const [session] = useState(() =>
    createVideoSession({
      engine: demoEngine({ joinDelayMs: 0, ...engine }),
      details: { ...demoDetails, ...details },
    }),
  );
  useEffect(() => {
    if (join) void session.join();
    return () => void session.dispose();
  }, [session, join]);
  return <VideoSessionProvider session={session}>{children}</VideoSessionProvider>;
}

/** Waits for an element of the story to appear. */
export async function findIn(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const element = canvasElement.querySelector<HTMLElement>(selector);
      expect(element).not.toBeNull();
      return element as HTMLElement;
    },
    { timeout: 5000 },
  );
}

/** A play function: press Join (as a person would), then wait until `selector` appears. */
export function joinThenWaitFor(selector = '[data-phase="in-session"]') {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await userEvent.click(await findIn(canvasElement, '[data-part="join"]'));
    await findIn(canvasElement, selector);
  };
}
