import { forwardRef, type SelectHTMLAttributes } from 'react';
import { useFieldControlProps } from '../../hooks/useField';
// Tokens and themes come with the component, so it is styled even when the barrel is tree-shaken.
import '../../styles/index.css';
import '../Field/control.css';
import './select.css';

/** Props of {@link Select}: a native select's props; options are `<option>` children. */
export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {}

/**
 * A native drop-down list: the platform's own picker is the most usable one on phones, kiosks and
 * with assistive technology. Inside a Field it takes the id, hint, error and requirement from the Field.
 */
export const Select = /* @__PURE__ */ forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { className, children, ...props },
  ref,
) {
  const merged = useFieldControlProps(props);
  return (
    <span className="machi-select" data-disabled={merged['data-disabled']}>
      <select
        ref={ref}
        className={
          className
            ? `machi-control machi-select__input machi-focus-ring ${className}`
            : 'machi-control machi-select__input machi-focus-ring'
        }
        {...merged}
      >
        {children}
      </select>
    </span>
  );
});
