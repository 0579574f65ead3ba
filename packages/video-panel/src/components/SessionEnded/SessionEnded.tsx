import { Button } from '@machi-dx/ui';
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useRef } from 'react';
import { videoErrorMessageKey } from '../../core/errors';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionContext, useVideoSessionSnapshot } from '../../hooks/useVideoSession';
import './session-ended.css';

/** Props of {@link SessionEnded}: a native div's props; children are the host app's next steps. */
export interface SessionEndedProps extends ComponentPropsWithoutRef<'div'> {
  /** The heading level, to fit the page's outline. Defaults to 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * After the session: why it ended (left, ended by the host, could not connect…), a way to join
 * again where that makes sense, and the host app's own next steps (e.g. "book again") as children.
 * The heading takes focus, so a screen-reader user hears what happened.
 */
export const SessionEnded = forwardRef<HTMLDivElement, SessionEndedProps>(function SessionEnded(
  { headingLevel = 2, className, children, ...rest },
  ref,
) {
  const t = useVideoPanelTranslator();
  const session = useVideoSessionContext('SessionEnded');
  const { endReason, error } = useVideoSessionSnapshot(session);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const reason = endReason ?? 'left';
  const Heading = `h${headingLevel}` as const;
  // Joining again helps after leaving by mistake or a failed connection, not after the host ended it.
  const canRejoin = (reason === 'left' || reason === 'failed') && error?.code !== 'token-expired';
  return (
    <div
      ref={ref}
      className={className ? `machi-session-ended ${className}` : 'machi-session-ended'}
      data-reason={reason}
      {...rest}
    >
      <Heading ref={headingRef} tabIndex={-1} className="machi-session-ended__title">
        {t(reason === 'failed' ? 'video.ended.failedTitle' : 'video.ended.title')}
      </Heading>
      <p>{t(`video.ended.${reason}`)}</p>
      {error && <p>{t(videoErrorMessageKey(error.code))}</p>}
      <div className="machi-session-ended__actions">
        {canRejoin && (
          <Button size="lg" onClick={() => void session.join()}>
            {t(reason === 'failed' ? 'video.ended.retry' : 'video.ended.rejoin')}
          </Button>
        )}
        {children}
      </div>
    </div>
  );
});
