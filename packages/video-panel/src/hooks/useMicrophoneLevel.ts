import { useEffect, useState } from 'react';
import type { VideoEngine } from '../core/engine';

/**
 * The preview microphone's level (0–1), sampled ten times a second while `active`: often enough for
 * a meter to feel live, rarely enough not to re-render the panel on every animation frame.
 */
export function useMicrophoneLevel(engine: VideoEngine, active: boolean): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!active) {
      setLevel(0);
      return;
    }
    const timer = setInterval(
      () => setLevel(Math.round(engine.getPreviewAudioLevel() * 20) / 20),
      100,
    );
    return () => clearInterval(timer);
  }, [engine, active]);
  return level;
}
