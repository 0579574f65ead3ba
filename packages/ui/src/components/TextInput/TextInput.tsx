import { forwardRef, type InputHTMLAttributes } from 'react';
import { useFieldControlProps } from '../../hooks/useField';
// Tokens and themes come with the component, so it is styled even when the barrel is tree-shaken.
import '../../styles/index.css';
import '../Field/control.css';
import './text-input.css';

/** Widths in characters for answers of a known length (GOV.UK fixed widths); `full` by default. */
export type TextInputWidth = 'full' | '2' | '3' | '4' | '5' | '10' | '20' | '30';

/** Props of {@link TextInput}: a native input's props. */
export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'width'> {
  /** Width of the box in characters, hinting at the answer's length (a postal code is `10`). */
  width?: TextInputWidth;
}

/**
 * A single-line text box. Inside a Field it takes the id, hint, error and requirement from the Field;
 * on its own, give it an `aria-label` or a `<label>`.
 */
export const TextInput = /* @__PURE__ */ forwardRef<HTMLInputElement, TextInputProps>(
  function TextInput({ width = 'full', type = 'text', className, ...props }, ref) {
    const merged = useFieldControlProps(props);
    return (
      <input
        ref={ref}
        type={type}
        className={
          className
            ? `machi-control machi-text-input machi-focus-ring ${className}`
            : 'machi-control machi-text-input machi-focus-ring'
        }
        data-width={width}
        {...merged}
      />
    );
  },
);
