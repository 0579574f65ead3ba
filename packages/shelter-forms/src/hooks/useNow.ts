import { useEffect, useState } from 'react';

/**
 * The time, re-read every `intervalMs` (default 30 s) so "12分前" stays true on a screen left open
 * for hours; a fixed `now` (tests, stories, a server-rendered page) stops the clock.
 */
export function useNow(fixed?: Date | number, intervalMs = 30_000): number {
  const [now, setNow] = useState(() => (fixed === undefined ? Date.now() : +fixed));
  useEffect(() => {
    if (fixed !== undefined) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [fixed, intervalMs]);
  return fixed === undefined ? now : +fixed;
}
