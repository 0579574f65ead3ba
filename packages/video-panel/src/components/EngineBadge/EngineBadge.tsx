import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { VideoEngineKind } from '../../core';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import './engine-badge.css';

/** Props of {@link EngineBadge}: a native span plus the value to name. */
export interface EngineBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The value whose name is shown. */
  engine: VideoEngineKind;
}

/** Says plainly which engine a session runs on, so a demo is never mistaken for a real call. */
export const EngineBadge = forwardRef<HTMLSpanElement, EngineBadgeProps>(function EngineBadge(
  { engine, className, ...rest },
  ref,
) {
  const t = useVideoPanelTranslator();
  return (
    <span
      ref={ref}
      className={className ? `machi-engine-badge ${className}` : 'machi-engine-badge'}
      data-engine={engine}
      {...rest}
    >
      {t(`video.engine.${engine}`)}
    </span>
  );
});
