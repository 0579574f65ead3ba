import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import './step-indicator.css';

/** Where a step stands. */
export type StepStatus = 'complete' | 'current' | 'upcoming';

/** One step of a procedure. */
export interface StepIndicatorStep {
  /** The step's name, e.g. 日時を選ぶ. May hold `<ruby>` for やさしい日本語. */
  label: ReactNode;
  /** Done, the one the user is on, or still to come. */
  status: StepStatus;
}

/** Props of {@link StepIndicator}: a div's native props. */
export interface StepIndicatorProps extends HTMLAttributes<HTMLDivElement> {
  /** The steps in order; normally one is `current`. */
  steps: readonly StepIndicatorStep[];
}

/** 1-based position for "ステップ2/4": the current step, else how many are done. */
function positionOf(steps: readonly StepIndicatorStep[]): number {
  const current = steps.findIndex((step) => step.status === 'current');
  if (current >= 0) return current + 1;
  return Math.max(1, steps.filter((step) => step.status === 'complete').length);
}

/**
 * Where the user is in a procedure: "ステップ2/4" and an ordered list of steps, each with its status
 * in words (not colour alone) and `aria-current="step"` on the current one. In a narrow container
 * the list collapses to one line, "ステップ2/4：<label>".
 */
export const StepIndicator = /* @__PURE__ */ forwardRef<HTMLDivElement, StepIndicatorProps>(
  function StepIndicator({ steps, className, ...props }, ref) {
    const t = useUiTranslator();
    const position = positionOf(steps);
    const current = steps.find((step) => step.status === 'current');

    return (
      <div
        ref={ref}
        className={className ? `machi-step-indicator ${className}` : 'machi-step-indicator'}
        {...props}
      >
        <p className="machi-step-indicator__summary">
          {t('ui.stepIndicator.step', { current: position, total: steps.length })}
          {current && (
            <span className="machi-step-indicator__current-label">
              {t('ui.stepIndicator.separator')}
              {current.label}
            </span>
          )}
        </p>
        <ol className="machi-step-indicator__list" aria-label={t('ui.stepIndicator.label')}>
          {steps.map((step, index) => (
            <li
              // Steps are positional: a procedure's order does not change while it is shown.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              data-status={step.status}
              aria-current={step.status === 'current' ? 'step' : undefined}
              className="machi-step-indicator__step"
            >
              <span className="machi-step-indicator__marker" aria-hidden="true">
                {step.status === 'complete' ? (
                  <svg
                    viewBox="0 0 24 24"
                    width="20"
                    height="20"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <path
                      fill="currentColor"
                      d="m9 16.2-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z"
                    />
                  </svg>
                ) : (
                  index + 1
                )}
              </span>
              <span className="machi-step-indicator__text">
                <span className="machi-step-indicator__label">{step.label}</span>
                <span className="machi-step-indicator__status">
                  {t(`ui.stepIndicator.status.${step.status}`)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      </div>
    );
  },
);
