import { type CSSProperties, forwardRef, type HTMLAttributes, type ReactNode, useId } from 'react';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import './progress.css';

/** Props of {@link Progress}: a div's native props. */
export interface ProgressProps extends HTMLAttributes<HTMLDivElement> {
  /** What is progressing, shown above the bar and used as its accessible name. */
  label: ReactNode;
  /** How far along, between `min` and `max`; leave undefined (or `null`) when unknown. */
  value?: number | null;
  /** The value at the start. Defaults to 0. */
  min?: number;
  /** The value when done. Defaults to 100. */
  max?: number;
  /** The value in words (e.g. "3 / 5 件"); defaults to the percentage. Shown and announced. */
  valueText?: string;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * A progress bar (`role="progressbar"`) with a visible label and value. Without a value it is
 * indeterminate: it shows movement (or, with reduced motion, a still pattern) and no number.
 */
export const Progress = /* @__PURE__ */ forwardRef<HTMLDivElement, ProgressProps>(function Progress(
  { label, value, min = 0, max = 100, valueText, className, style, ...props },
  ref,
) {
  const t = useUiTranslator();
  const labelId = useId();
  const determinate = typeof value === 'number' && Number.isFinite(value) && max > min;
  const current = determinate ? clamp(value, min, max) : undefined;
  const fraction = current === undefined ? 0 : (current - min) / (max - min);
  const text =
    current === undefined
      ? undefined
      : (valueText ?? t('ui.progress.value', { value: Math.round(fraction * 100) }));
  const state = current === undefined ? 'indeterminate' : current === max ? 'complete' : 'loading';

  return (
    <div
      ref={ref}
      data-state={state}
      className={className ? `machi-progress ${className}` : 'machi-progress'}
      // The fill's width is data, not style: it travels as a custom property the stylesheet reads.
      style={{ ...style, '--machi-progress-fraction': fraction } as CSSProperties}
      {...props}
    >
      <div className="machi-progress__header">
        <span id={labelId} className="machi-progress__label">
          {label}
        </span>
        {text !== undefined && (
          // Hidden from screen readers, which hear it as the progress bar's aria-valuetext instead.
          <span className="machi-progress__value" aria-hidden="true">
            {text}
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={current}
        aria-valuetext={text}
        className="machi-progress__track"
      >
        <span className="machi-progress__fill" />
      </div>
    </div>
  );
});
