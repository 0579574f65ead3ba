import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionContext, useVideoSessionSnapshot } from '../../hooks/useVideoSession';

/** Props of {@link SessionAnnouncer}: a native div's props. */
export type SessionAnnouncerProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * A polite live region that tells screen-reader users what they cannot see: who joined or left,
 * mute changes, and connection changes. It is rendered from the start, because a region inserted
 * together with its first message is not announced.
 */
export const SessionAnnouncer = forwardRef<HTMLDivElement, SessionAnnouncerProps>(
  function SessionAnnouncer({ className, ...rest }, ref) {
    const t = useVideoPanelTranslator();
    const { announcements } = useVideoSessionSnapshot(useVideoSessionContext('SessionAnnouncer'));
    return (
      <div
        ref={ref}
        role="log"
        aria-live="polite"
        className={className ? `machi-visually-hidden ${className}` : 'machi-visually-hidden'}
        {...rest}
      >
        {announcements.map((announcement) => (
          // Keyed by id: each message is a new node, so a repeated message is still announced.
          <p key={announcement.id}>{t(announcement.key, announcement.values)}</p>
        ))}
      </div>
    );
  },
);
