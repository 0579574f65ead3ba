import { Button, Field, TextInput } from '@machi-dx/ui';
import { formatTokyoIso, parseIsoInstant } from '@machi-dx/ui/core';
import { FieldFrame } from './FieldFrame';
import { useFieldsContext } from './FieldsContext';

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** An ISO instant as the `datetime-local` value of the same moment in Tokyo (`2026-12-01T10:00`). */
export function toTokyoLocal(value: unknown): string {
  if (typeof value !== 'string') return '';
  const instant = parseIsoInstant(value);
  return instant ? formatTokyoIso(instant).slice(0, 16) : value;
}

/** A `datetime-local` value read as Tokyo time, as ISO 8601 with +09:00; other text is kept as typed. */
export function fromTokyoLocal(value: string): string | undefined {
  if (value === '') return undefined;
  return LOCAL.test(value) ? `${value}:00+09:00` : value;
}

/** Now, to the minute, in Tokyo: what "○時現在" means. */
export function tokyoMinute(now: Date): string {
  return formatTokyoIso(new Date(Math.floor(now.getTime() / 60_000) * 60_000));
}

/**
 * A date and time in Tokyo: the browser's own date-time control (a wheel or a calendar on phones,
 * usable offline and with a screen reader) and a 今の時刻 button, since most reports are "as of now".
 * Times are read as Asia/Tokyo whatever the device's time zone.
 */
export function DateTimeField({ path }: { path: string }) {
  const { fields, now } = useFieldsContext();
  const id = fields.id(path);
  return (
    <FieldFrame path={path}>
      <Field
        id={id}
        label={fields.label(path)}
        hint={fields.hint(path)}
        error={fields.error(path)}
        required={fields.required(path)}
      >
        <div className="machi-report-datetime">
          <TextInput
            type="datetime-local"
            width="20"
            value={toTokyoLocal(fields.value(path))}
            onChange={(event) => fields.set(path, fromTokyoLocal(event.target.value))}
          />
          <Button
            variant="secondary"
            size="sm"
            aria-describedby={`${id}-label`}
            onClick={() => fields.set(path, tokyoMinute(now()))}
          >
            {fields.t('shelter.form.now')}
          </Button>
        </div>
      </Field>
    </FieldFrame>
  );
}
