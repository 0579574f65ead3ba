import { type MouseEvent, type MouseEventHandler, useId } from 'react';
import { joinIds } from './useField';
import { useUiTranslator } from './useUiTranslator';

/** Options of {@link useButton}. */
export interface UseButtonOptions {
  /** Whether an action is running: the button stays focusable and named but ignores presses. */
  loading?: boolean | undefined;
  /** The caller's click handler. */
  onClick?: MouseEventHandler<HTMLButtonElement> | undefined;
  /** The caller's own description ids. */
  'aria-describedby'?: string | undefined;
}

/** Prop bags of a button with a loading state. */
export interface ButtonAria {
  /** Spread on the `<button>`. */
  buttonProps: {
    'aria-busy': true | undefined;
    'aria-disabled': true | undefined;
    'aria-describedby': string | undefined;
    'data-loading': true | undefined;
    onClick: MouseEventHandler<HTMLButtonElement>;
  };
  /** Spread on a `hidden` element inside the button: "処理中" becomes the description, not the name. */
  loadingProps: { id: string; hidden: true; children: string };
}

/**
 * A loading button keeps its name and focus (no `disabled`, which would drop focus to the page) and
 * cancels presses, so a second click or Enter cannot submit the form twice.
 */
export function useButton({
  loading = false,
  onClick,
  'aria-describedby': describedBy,
}: UseButtonOptions): ButtonAria {
  const t = useUiTranslator();
  const loadingId = `machi-button${useId().replace(/:/g, '')}-loading`;
  return {
    buttonProps: {
      'aria-busy': loading || undefined,
      'aria-disabled': loading || undefined,
      'aria-describedby': joinIds(describedBy, loading && loadingId),
      'data-loading': loading || undefined,
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        if (loading) {
          // Cancelling the click also cancels the form submission it would trigger.
          event.preventDefault();
          return;
        }
        onClick?.(event);
      },
    },
    loadingProps: { id: loadingId, hidden: true, children: t('ui.button.loading') },
  };
}
