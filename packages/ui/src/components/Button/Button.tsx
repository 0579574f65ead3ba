import { type ButtonHTMLAttributes, forwardRef } from 'react';
import { useButton } from '../../hooks/useButton';
// Tokens and themes come with the component, so it is styled even when the barrel is tree-shaken.
import '../../styles/index.css';
import './button.css';

/** Visual weight: one `primary` action per screen, `secondary` beside it, `tertiary` for minor ones, `danger` for destructive ones. */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

/** Height: `md` is the 48px target; `lg` for the main action at a kiosk; `sm` keeps a 48px hit area. */
export type ButtonSize = 'sm' | 'md' | 'lg';

/** Props of {@link Button}: a native button's props. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Visual weight; `primary` by default. */
  variant?: ButtonVariant;
  /** Height; `md` (48px) by default. */
  size?: ButtonSize;
  /** Shows a spinner and ignores presses while an action runs; the label and focus stay. */
  loading?: boolean;
}

/**
 * A button in the Digital Agency style. `type` defaults to `button`; set `type="submit"` for a form's
 * main action.
 */
export const Button = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'primary',
    size = 'md',
    loading = false,
    type = 'button',
    className,
    children,
    onClick,
    'aria-describedby': describedBy,
    ...props
  },
  ref,
) {
  const { buttonProps, loadingProps } = useButton({
    loading,
    onClick,
    'aria-describedby': describedBy,
  });
  return (
    <button
      ref={ref}
      type={type}
      className={
        className ? `machi-button machi-focus-ring ${className}` : 'machi-button machi-focus-ring'
      }
      data-variant={variant}
      data-size={size}
      data-disabled={props.disabled || undefined}
      {...props}
      {...buttonProps}
    >
      {loading && <span className="machi-button__spinner" aria-hidden="true" />}
      <span className="machi-button__label">{children}</span>
      {loading && <span {...loadingProps} />}
    </button>
  );
});
