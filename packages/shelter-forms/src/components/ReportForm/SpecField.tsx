import { CheckboxGroup, Field, RadioGroup, Select, Textarea, TextInput } from '@machi-dx/ui';
import { useState } from 'react';
import type { EnumSpec } from '../../core/validation/fields';
import { choiceKey, parseNumberInput } from '../../hooks/fieldPaths';
import { DateTimeField } from './DateTimeField';
import { FieldFrame } from './FieldFrame';
import { useFieldsContext } from './FieldsContext';
import { GroupField, LinesField } from './GroupFields';

// Longer free text gets a text area with a character count; shorter, a one-line box.
const TEXTAREA_FROM = 300;
// More choices than this, or a choice inside a repeated line, is a drop-down rather than radios.
const MAX_RADIOS = 5;

/**
 * One field of a report form, rendered from its spec in `reportFieldSpecs`: numbers get a numeric
 * keyboard, code lists radios or a drop-down, date-times the date-time field, groups a fieldset and
 * lists repeatable lines. A form may render a field its own way (`renderers`).
 */
export function SpecField({ path, inLine = false }: { path: string; inLine?: boolean }) {
  const { fields, renderers } = useFieldsContext();
  const Custom = renderers[path];
  if (Custom) return <Custom path={path} />;
  const spec = fields.spec(path);
  switch (spec?.type) {
    case 'integer':
    case 'number':
      return <NumberField path={path} decimal={spec.type === 'number'} />;
    case 'string':
      return <TextField path={path} maxLength={spec.maxLength} />;
    case 'datetime':
      return <DateTimeField path={path} />;
    case 'enum':
      return (
        <ChoiceField path={path} spec={spec} dropDown={inLine || spec.values.length > MAX_RADIOS} />
      );
    case 'object':
      return <GroupField path={path} spec={spec} />;
    case 'array':
      return spec.items.type === 'enum' ? (
        <MultiChoiceField path={path} spec={spec.items} />
      ) : (
        <LinesField path={path} spec={spec} />
      );
    default:
      return null; // no report field is a lone boolean
  }
}

/** The labelling props a Field or a group takes for a path. */
function useLabelling(path: string) {
  const { fields } = useFieldsContext();
  return {
    id: fields.id(path),
    label: fields.label(path),
    hint: fields.hint(path),
    error: fields.error(path),
    required: fields.required(path),
  };
}

function toText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * A whole number (or a coordinate) with the numeric keyboard. What is typed stays on screen as
 * typed (an IME may still be composing it); the stored value is the number, or the text when it is
 * not one so the check can say so.
 */
function NumberField({ path, decimal }: { path: string; decimal: boolean }) {
  const { fields } = useFieldsContext();
  const value = fields.value(path);
  const [text, setText] = useState(() => toText(value));
  // A value changed from outside (a resumed draft, "use my location") replaces the text.
  if (parseNumberInput(text) !== value && !(value === undefined && text.trim() === '')) {
    const next = toText(value);
    if (next !== text) setText(next);
  }
  return (
    <FieldFrame path={path}>
      <Field {...useLabelling(path)}>
        <TextInput
          width="10"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            fields.set(path, parseNumberInput(event.target.value));
          }}
        />
      </Field>
    </FieldFrame>
  );
}

function TextField({ path, maxLength }: { path: string; maxLength: number }) {
  const { fields } = useFieldsContext();
  const value = toText(fields.value(path));
  const set = (next: string) => fields.set(path, next === '' ? undefined : next);
  return (
    <FieldFrame path={path}>
      <Field {...useLabelling(path)}>
        {maxLength >= TEXTAREA_FROM ? (
          <Textarea maxCharacters={maxLength} rows={3} value={value} onValueChange={set} />
        ) : (
          <TextInput value={value} onChange={(event) => set(event.target.value)} />
        )}
      </Field>
    </FieldFrame>
  );
}

function ChoiceField({
  path,
  spec,
  dropDown,
}: {
  path: string;
  spec: EnumSpec;
  dropDown: boolean;
}) {
  const { fields } = useFieldsContext();
  const labelling = useLabelling(path);
  const value = toText(fields.value(path));
  const set = (next: string) => fields.set(path, next === '' ? undefined : next);
  const options = spec.values.map((choice) => ({
    value: choice,
    label: fields.t(choiceKey(spec.values, choice)),
  }));
  return (
    <FieldFrame path={path}>
      {dropDown ? (
        <Field {...labelling}>
          <Select value={value} onChange={(event) => set(event.target.value)}>
            <option value="">{fields.t('shelter.form.choose')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <RadioGroup
          {...labelling}
          name={labelling.id}
          orientation="horizontal"
          options={options}
          value={value}
          onChange={set}
        />
      )}
    </FieldFrame>
  );
}

function MultiChoiceField({ path, spec }: { path: string; spec: EnumSpec }) {
  const { fields } = useFieldsContext();
  const labelling = useLabelling(path);
  const value = (fields.value(path) as string[] | undefined) ?? [];
  return (
    <FieldFrame path={path}>
      <CheckboxGroup
        {...labelling}
        name={labelling.id}
        orientation="horizontal"
        options={spec.values.map((choice) => ({
          value: choice,
          label: fields.t(choiceKey(spec.values, choice)),
        }))}
        value={value}
        onChange={(next) => fields.set(path, next.length ? [...next] : undefined)}
      />
    </FieldFrame>
  );
}
