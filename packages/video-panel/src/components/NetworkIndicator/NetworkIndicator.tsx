import { VisuallyHidden } from '@machi-dx/ui';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { NetworkQuality } from '../../core/types';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import './network-indicator.css';

/** Props of {@link NetworkIndicator}: a native span plus the quality to show. */
export interface NetworkIndicatorProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The quality to show. */
  quality: NetworkQuality;
  /** Show the words next to the bars (otherwise only screen readers get them). */
  showLabel?: boolean;
}

const lit: Record<NetworkQuality, number> = { unknown: 0, poor: 1, fair: 2, good: 3 };

/** Signal bars and words for network quality: the number of bars, not only their colour, tells it. */
export const NetworkIndicator = forwardRef<HTMLSpanElement, NetworkIndicatorProps>(
  function NetworkIndicator({ quality, showLabel = false, className, ...rest }, ref) {
    const t = useVideoPanelTranslator();
    const text = t('video.network.label', { quality: t(`video.network.${quality}`) });
    return (
      <span
        ref={ref}
        className={className ? `machi-network ${className}` : 'machi-network'}
        data-quality={quality}
        {...rest}
      >
        <svg viewBox="0 0 18 16" width="18" height="16" aria-hidden="true" focusable="false">
          {[0, 1, 2].map((bar) => (
            <rect
              key={bar}
              x={bar * 6 + 1}
              y={10 - bar * 4}
              width="4"
              height={5 + bar * 4}
              data-lit={bar < lit[quality] || undefined}
            />
          ))}
        </svg>
        {showLabel ? <span>{text}</span> : <VisuallyHidden>{text}</VisuallyHidden>}
      </span>
    );
  },
);
