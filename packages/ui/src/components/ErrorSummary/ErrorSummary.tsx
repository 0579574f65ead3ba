import { forwardRef, type HTMLAttributes, type ReactNode, useId } from 'react';
import { useComposedRefs } from '../../hooks/useComposedRefs';
import { useErrorSummary } from '../../hooks/useErrorSummary';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import './error-summary.css';

/** One error in the summary: the field it is about and what to do. */
export interface ErrorSummaryItem {
  /** The id of the field's control (or of its fieldset); the link goes to `#id`. */
  id: string;
  /** The same message the field shows under its label, e.g. "氏名を入力してください". */
  message: string;
}

/** Props of {@link ErrorSummary}: a section's native props, with `title` as a node. */
export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The errors, in the order of the fields on the page. Nothing is rendered when empty. */
  errors: readonly ErrorSummaryItem[];
  /** The heading after the "エラー：" prefix. Defaults to 入力内容を確認してください. */
  title?: ReactNode;
  /** Text under the heading. Defaults to the number of errors; `null` for none. */
  description?: ReactNode;
  /** Change it on every failed submit (e.g. a submit counter) so the summary takes focus again. */
  focusKey?: unknown;
  /** Take focus when shown and when `focusKey` changes. Defaults to `true`. */
  autoFocus?: boolean;
}

/**
 * The list of a form's errors shown at the top after a failed submit (GOV.UK pattern). It takes
 * focus, so a screen reader reads it first, and each link moves focus to its field. It is not a
 * live region: the focus move is the announcement, and both together would read it twice.
 */
export const ErrorSummary = /* @__PURE__ */ forwardRef<HTMLElement, ErrorSummaryProps>(
  function ErrorSummary(
    { errors, title, description, focusKey, autoFocus = true, className, ...props },
    ref,
  ) {
    const t = useUiTranslator();
    const titleId = useId();
    const descriptionId = useId();
    const { summaryRef, onLinkClick } = useErrorSummary({
      hasErrors: errors.length > 0,
      focusKey,
      autoFocus,
    });
    const composedRef = useComposedRefs(ref, summaryRef);
    if (errors.length === 0) return null;

    const body =
      description === undefined
        ? t('ui.errorSummary.count', { count: errors.length })
        : description;
    const hasBody = body !== null && body !== false && body !== '';

    return (
      <section
        ref={composedRef}
        // Focusable by script only: the summary is a place to land, not a Tab stop.
        tabIndex={-1}
        aria-labelledby={titleId}
        aria-describedby={hasBody ? descriptionId : undefined}
        className={className ? `machi-error-summary ${className}` : 'machi-error-summary'}
        {...props}
      >
        <h2 id={titleId} className="machi-error-summary__title">
          {t('ui.errorSummary.titlePrefix')}
          {title ?? t('ui.errorSummary.title')}
        </h2>
        {hasBody && (
          <div id={descriptionId} className="machi-error-summary__description">
            {body}
          </div>
        )}
        <ul className="machi-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.id}:${error.message}`}>
              <a
                href={`#${error.id}`}
                onClick={onLinkClick}
                className="machi-error-summary__link machi-focus-ring"
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </section>
    );
  },
);
