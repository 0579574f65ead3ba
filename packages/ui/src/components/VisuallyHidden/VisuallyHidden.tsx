import { forwardRef, type HTMLAttributes } from 'react';
import './visually-hidden.css';

/** Props of {@link VisuallyHidden}: a span's (or div's) native props. */
export interface VisuallyHiddenProps extends HTMLAttributes<HTMLElement> {
  /** Becomes visible while it (or something inside it) has keyboard focus, as a skip link must. */
  focusable?: boolean;
  /** The element to render; `div` for block content such as a list. Defaults to `span`. */
  as?: 'span' | 'div';
}

/**
 * Text for screen readers only: the words a sighted user gets from an icon, a colour or the layout.
 * Also available as the class `machi-visually-hidden` (and `machi-visually-hidden-focusable`).
 */
export const VisuallyHidden = /* @__PURE__ */ forwardRef<HTMLElement, VisuallyHiddenProps>(
  function VisuallyHidden({ focusable = false, as: Element = 'span', className, ...props }, ref) {
    const base = focusable ? 'machi-visually-hidden-focusable' : 'machi-visually-hidden';
    return (
      <Element
        ref={ref as never}
        className={className ? `${base} ${className}` : base}
        {...props}
      />
    );
  },
);
