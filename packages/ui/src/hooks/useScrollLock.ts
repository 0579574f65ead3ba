import { useEffect } from 'react';

const ATTRIBUTE = 'data-machi-scroll-lock';
// Counted, not a flag: with a dialog opened from a dialog, closing the inner one must keep the lock.
let locks = 0;

/**
 * Stops the page behind a modal from scrolling while `active`. It only marks `<html>` with
 * `data-machi-scroll-lock`; the stylesheet does the rest, so no inline styles are written.
 */
export function useScrollLock(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    locks += 1;
    document.documentElement.setAttribute(ATTRIBUTE, '');
    return () => {
      locks -= 1;
      if (locks === 0) document.documentElement.removeAttribute(ATTRIBUTE);
    };
  }, [active]);
}
