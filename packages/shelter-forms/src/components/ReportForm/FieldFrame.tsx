import { VisuallyHidden } from '@machi-dx/ui';
import type { ReactNode } from 'react';
import { useFieldsContext } from './FieldsContext';

/** The wrapper of one field: its state as data attributes, and the 未確認 toggle after it. */
export function FieldFrame({ path, children }: { path: string; children: ReactNode }) {
  const { fields } = useFieldsContext();
  return (
    <div
      className="machi-report-field"
      data-path={path}
      data-unconfirmed={fields.isUnconfirmed(path) || undefined}
    >
      {children}
      <UnconfirmedToggle path={path} />
    </div>
  );
}

/**
 * 未確認: a first report sends what is known within 30 minutes; a checked field may stay empty and
 * its value counts as provisional. Named with its field for screen readers ("未確認（避難者数）").
 */
export function UnconfirmedToggle({ path }: { path: string }) {
  const { fields } = useFieldsContext();
  // Inside a group only the whole group has a toggle: seven toggles for seven counts would drown them.
  if (path.includes('.') || !fields.confirmable(path)) return null;
  const checked = fields.isUnconfirmed(path);
  return (
    <label className="machi-unconfirmed" data-state={checked ? 'checked' : 'unchecked'}>
      <input
        id={`${fields.id(path)}-unconfirmed`}
        type="checkbox"
        className="machi-unconfirmed__input machi-focus-ring"
        checked={checked}
        onChange={(event) => fields.setUnconfirmed(path, event.target.checked)}
      />
      {fields.t('shelter.form.unconfirmed')}
      <VisuallyHidden>
        {fields.t('shelter.form.about', { name: fields.label(path) })}
      </VisuallyHidden>
    </label>
  );
}
