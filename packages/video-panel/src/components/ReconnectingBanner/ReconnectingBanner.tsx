import { Notice, type NoticeProps, Spinner } from '@machi-dx/ui';
import { forwardRef } from 'react';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionContext, useVideoSessionSnapshot } from '../../hooks/useVideoSession';
import './reconnecting-banner.css';

/** Props of {@link ReconnectingBanner}: a Notice's props (tone and text are set). */
export type ReconnectingBannerProps = Omit<NoticeProps, 'tone' | 'title' | 'children'>;

/**
 * Shown while the connection drops and the SDK reconnects by itself, so nobody leaves or re-joins
 * in a hurry. Renders nothing otherwise. The panel's live region announces the change.
 */
export const ReconnectingBanner = forwardRef<HTMLDivElement, ReconnectingBannerProps>(
  function ReconnectingBanner({ className, ...rest }, ref) {
    const t = useVideoPanelTranslator();
    const { connection } = useVideoSessionSnapshot(useVideoSessionContext('ReconnectingBanner'));
    if (connection !== 'reconnecting') return null;
    return (
      <Notice
        ref={ref}
        tone="warning"
        title={t('video.reconnecting.title')}
        className={className ? `machi-reconnecting ${className}` : 'machi-reconnecting'}
        {...rest}
      >
        <Spinner size="sm" label={t('video.reconnecting.body')} />
      </Notice>
    );
  },
);
