import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
import './spinner.css';

/** Props of {@link Spinner}: a span's native props. */
export interface SpinnerProps extends HTMLAttributes<HTMLSpanElement> {
  /** What is happening, in words. Defaults to 読み込み中 (Loading). */
  label?: ReactNode;
  /** Show the label only to screen readers, e.g. where the context already says it. */
  hideLabel?: boolean;
  /** Make it a polite live region (`role="status"`) so the wait is announced when it appears. */
  announce?: boolean;
  /** The ring's size. Defaults to `md`. */
  size?: 'sm' | 'md' | 'lg';
}

/**
 * A busy indicator with a label. With reduced motion it stops turning but stays on screen, and the
 * label says what it means, so it never depends on movement alone.
 */
export const Spinner = /* @__PURE__ */ forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { label, hideLabel = false, announce = false, size = 'md', className, ...props },
  ref,
) {
  const t = useUiTranslator();
  const text = label ?? t('ui.spinner.loading');
  return (
    <span
      ref={ref}
      role={announce ? 'status' : undefined}
      data-size={size}
      className={className ? `machi-spinner ${className}` : 'machi-spinner'}
      {...props}
    >
      <svg className="machi-spinner__ring" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle className="machi-spinner__track" cx="12" cy="12" r="10" />
        <circle className="machi-spinner__arc" cx="12" cy="12" r="10" />
      </svg>
      {hideLabel ? (
        <VisuallyHidden>{text}</VisuallyHidden>
      ) : (
        <span className="machi-spinner__label">{text}</span>
      )}
    </span>
  );
});
