import { type RefObject, useEffect } from 'react';
import { tabbableElements } from './focus';

/**
 * Keeps Tab and Shift+Tab inside a container while `active`, and moves focus into it when it
 * activates. A modal `<dialog>` already makes the page behind it inert, but Tab from its last
 * control would still leave for the browser's own toolbar; wrapping keeps keyboard users in the
 * dialog, as the WAI-ARIA dialog pattern asks.
 */
export function useFocusTrap(containerRef: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!active || !container) return;

    if (!container.contains(document.activeElement)) {
      (tabbableElements(container)[0] ?? container).focus();
    }

    const onKeyDown = (event: KeyboardEvent) => {
      // A nested trap (a dialog inside a dialog) has already handled the key.
      if (event.key !== 'Tab' || event.defaultPrevented) return;
      const tabbable = tabbableElements(container);
      const first = tabbable[0];
      const last = tabbable[tabbable.length - 1];
      const current = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      if (event.shiftKey && (current === first || current === container)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && current === last) {
        event.preventDefault();
        first.focus();
      }
    };
    container.addEventListener('keydown', onKeyDown);
    return () => container.removeEventListener('keydown', onKeyDown);
  }, [containerRef, active]);
}
