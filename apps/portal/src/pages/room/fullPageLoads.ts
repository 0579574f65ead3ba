// Room pages are the only documents that may carry the Zoom SDK's wider CSP (VIDEO_CSP=room), so
// moving into or out of a room is always a full page load: the next document gets its own policy
// from the server, and leaving unloads the SDK with everything it started. (Links into and out of a
// room are plain `<a href>` with the page's `?lang=` kept: `keepLanguage` in ../booking/api.)
import { useEffect } from 'react';

/**
 * While mounted, a plain click on any link to another page of this origin (the header's and footer's
 * in-app links included) loads that page in full instead of navigating in-app: the click is stopped
 * before React sees it, so the browser follows the link. Same-page links (the language switch, skip
 * link) and modified clicks (new tab) are left alone.
 */
export function useFullPageLoadsOut(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download'))
        return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname)
        return;
      event.stopPropagation();
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, []);
}
