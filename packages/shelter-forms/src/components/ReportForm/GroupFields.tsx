import { Button, useFieldset, VisuallyHidden } from '@machi-dx/ui';
import { type ReactNode, useEffect, useRef } from 'react';
import type { ArraySpec, ObjectSpec } from '../../core/validation/fields';
import { UnconfirmedToggle } from './FieldFrame';
import { useFieldsContext } from './FieldsContext';
import { SpecField } from './SpecField';

/**
 * A fieldset with legend, ※必須/※任意, hint and error, in GOV.UK order: the frame of a group of
 * fields (要配慮者, ライフライン) and of a list of lines (物資).
 */
export function GroupFrame({
  path,
  className,
  children,
}: {
  path: string;
  className: string;
  children: ReactNode;
}) {
  const { fields } = useFieldsContext();
  const hint = fields.hint(path);
  const error = fields.error(path);
  const required = fields.required(path);
  const { fieldsetProps, legendProps, descriptionProps, errorProps } = useFieldset({
    id: fields.id(path),
    hasHint: hint !== undefined,
    hasError: error !== undefined,
    required,
  });
  return (
    <fieldset
      id={fields.id(path)}
      className={`machi-fieldset ${className}`}
      data-invalid={error !== undefined || undefined}
      data-unconfirmed={fields.isUnconfirmed(path) || undefined}
      {...fieldsetProps}
    >
      <legend className="machi-field__label" {...legendProps}>
        {fields.label(path)}
        <span className="machi-field__badge" data-required={required ? 'true' : 'false'}>
          {fields.t(required ? 'shelter.form.required' : 'shelter.form.optional')}
        </span>
      </legend>
      {hint !== undefined && (
        <div className="machi-field__hint" {...descriptionProps}>
          {hint}
        </div>
      )}
      {error !== undefined && (
        <p className="machi-field__error" {...errorProps}>
          <VisuallyHidden>{fields.t('shelter.form.errorPrefix')}</VisuallyHidden>
          {error}
        </p>
      )}
      <UnconfirmedToggle path={path} />
      {children}
    </fieldset>
  );
}

/** A group of fields under one question (要配慮者の内訳, ライフライン, 居住環境). */
export function GroupField({ path, spec }: { path: string; spec: ObjectSpec }) {
  return (
    <GroupFrame path={path} className="machi-report-group">
      <div className="machi-report-grid">
        {Object.keys(spec.fields).map((key) => (
          <SpecField key={key} path={`${path}.${key}`} />
        ))}
      </div>
    </GroupFrame>
  );
}

/**
 * Repeatable lines (物資: item, name, quantity, unit), each its own fieldset "1件目", with add and
 * remove buttons. Focus follows the change: a new line's first field, or the add button after a
 * removal, so a keyboard or screen-reader user is never left on a vanished button.
 */
export function LinesField({
  path,
  spec,
  actions,
}: {
  path: string;
  spec: ArraySpec;
  /** More ways to add a line, beside the add button; `add(line)` adds a prefilled one. */
  actions?: (add: (line: Record<string, unknown>) => void) => ReactNode;
}) {
  const { fields } = useFieldsContext();
  const lines = (fields.value(path) as unknown[] | undefined) ?? [];
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'added' | 'quick' | 'removed' | undefined>(undefined);
  const parts = spec.items.type === 'object' ? Object.keys(spec.items.fields) : [];

  // Runs when the number of lines changed, not on every render: an effect of an unrelated render
  // still pending when a button is pressed would take the intent before the new line exists.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the count is the trigger, by design
  useEffect(() => {
    const intent = focusAfter.current;
    focusAfter.current = undefined;
    const line = listRef.current?.lastElementChild;
    if (intent === 'quick') line?.querySelector<HTMLElement>('input[inputmode="numeric"]')?.focus();
    else if (intent === 'added')
      line?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (intent === 'removed') addRef.current?.focus();
  }, [lines.length]);

  const add = (line?: Record<string, unknown>) => {
    // A prefilled line (an item chosen in one tap) leaves the quantity to type.
    focusAfter.current = line ? 'quick' : 'added';
    fields.set(path, [...lines, line ?? {}]);
  };
  const remove = (index: number) => {
    focusAfter.current = 'removed';
    const rest = lines.filter((_, at) => at !== index);
    fields.set(path, rest.length ? rest : undefined);
  };

  return (
    <GroupFrame path={path} className="machi-report-lines">
      {lines.length > 0 && (
        <ol ref={listRef} className="machi-report-lines__list">
          {lines.map((_, index) => {
            const name = fields.t('shelter.form.line', { n: index + 1 });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own; the index is their name (1件目)
              <li key={index} className="machi-report-lines__line">
                <fieldset className="machi-fieldset machi-report-line">
                  <legend className="machi-report-line__legend">{name}</legend>
                  <div className="machi-report-grid">
                    {parts.map((part) => (
                      <SpecField key={part} path={`${path}.${index}.${part}`} inLine />
                    ))}
                  </div>
                  <Button variant="tertiary" size="sm" onClick={() => remove(index)}>
                    {fields.t('shelter.form.removeLine')}
                    <VisuallyHidden>{fields.t('shelter.form.about', { name })}</VisuallyHidden>
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {lines.length < spec.maxItems && (
        <div className="machi-report-actions">
          <Button ref={addRef} variant="secondary" onClick={() => add()}>
            {fields.t('shelter.form.addLine')}
          </Button>
          {actions?.(add)}
        </div>
      )}
    </GroupFrame>
  );
}
