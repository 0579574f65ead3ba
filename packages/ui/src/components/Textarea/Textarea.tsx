import { type ChangeEvent, forwardRef, type TextareaHTMLAttributes, useId } from 'react';
import { useCharacterCount } from '../../hooks/useCharacterCount';
import { useControllableState } from '../../hooks/useControllableState';
import { joinIds, useFieldControlProps } from '../../hooks/useField';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
// Tokens and themes come with the component, so it is styled even when the barrel is tree-shaken.
import '../../styles/index.css';
import '../Field/control.css';
import './textarea.css';

/** Props of {@link Textarea}: a native textarea's props, with a string value. */
export interface TextareaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue'> {
  /** The text, when the parent owns it. */
  value?: string;
  /** The starting text, when the Textarea owns it. */
  defaultValue?: string;
  /** Called with the new text on every change (next to the native `onChange`). */
  onValueChange?: (value: string) => void;
  /** Shows a character count against this limit. Typing past it is allowed (no `maxlength`) and shown as over. */
  maxCharacters?: number;
  /** Milliseconds of quiet after typing before the count is announced; 1000 by default. */
  announceDelay?: number;
}

/**
 * A multi-line text box, optionally with GOV.UK's character count. Inside a Field it takes the id,
 * hint, error and requirement from the Field.
 */
export const Textarea = /* @__PURE__ */ forwardRef<HTMLTextAreaElement, TextareaProps>(
  function Textarea(
    {
      value: valueProp,
      defaultValue = '',
      onValueChange,
      onChange,
      maxCharacters,
      announceDelay,
      rows = 5,
      className,
      ...props
    },
    ref,
  ) {
    const [value, setValue] = useControllableState({
      value: valueProp,
      defaultValue,
      onChange: onValueChange,
    });
    const merged = useFieldControlProps(props);
    const generatedId = useId();
    const id = merged.id ?? `machi-textarea${generatedId.replace(/:/g, '')}`;
    const counter = useCharacterCount({
      value,
      maxCharacters: maxCharacters ?? Number.POSITIVE_INFINITY,
      id,
      ...(announceDelay === undefined ? {} : { announceDelay }),
    });
    const hasCount = maxCharacters !== undefined;

    const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
      setValue(event.target.value);
      onChange?.(event);
    };

    return (
      <div className="machi-textarea" data-over-limit={(hasCount && counter.isOver) || undefined}>
        <textarea
          ref={ref}
          rows={rows}
          className={
            className
              ? `machi-control machi-textarea__input machi-focus-ring ${className}`
              : 'machi-control machi-textarea__input machi-focus-ring'
          }
          {...merged}
          id={id}
          aria-describedby={joinIds(merged['aria-describedby'], hasCount && counter.limitProps.id)}
          data-over-limit={(hasCount && counter.isOver) || undefined}
          value={value}
          onChange={handleChange}
        />
        {hasCount && (
          <>
            <VisuallyHidden id={counter.limitProps.id}>
              {counter.limitProps.children}
            </VisuallyHidden>
            <div className="machi-textarea__count" {...counter.statusProps} />
            <VisuallyHidden {...counter.announcerProps} />
          </>
        )}
      </div>
    );
  },
);
