import { Button, ErrorSummary, Notice, useErrorTitle } from '@machi-dx/ui';
import { type FormHTMLAttributes, forwardRef, useId, useState } from 'react';
import type { BookingApiError } from '../../core/api/error';
import type { BookingApi } from '../../core/api/types';
import { fieldErrorKey } from '../../core/messages';
import type { FieldError, StaffAvailability } from '../../core/types';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import { useErrorReporter } from '../../hooks/useErrorReporter';
import { useStaffAvailability } from '../../hooks/useStaff';
import { Heading, type HeadingLevel, noticeLevel, subLevel } from '../parts/Heading';
import { LoadableGate } from '../parts/LoadableGate';
import { StaffErrorNotice } from '../parts/StaffErrorNotice';
import { ExceptionFields, WeeklyHoursFields } from './AvailabilityFields';
import { type AvailabilityDraft, fromDraft, newException, pathId, toDraft } from './draft';
import './availability-editor.css';

/** Props of {@link AvailabilityEditor}: the back end, a save callback and a form's native props. */
export interface AvailabilityEditorProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'onError'> {
  /** The back end; the staff member must be signed in (`api.staff.login`). */
  api: BookingApi;
  /** Called with what the server saved. */
  onSaved?: ((availability: StaffAvailability) => void) | undefined;
  /** Called when the hours cannot be loaded or saved (a 401: signed out or expired; 422: field errors). */
  onError?: ((error: BookingApiError) => void) | undefined;
  /** Level of the title; sections use the level below. 2 by default. */
  headingLevel?: HeadingLevel | undefined;
}

/**
 * A specialist's weekly hours (several ranges a day allow a lunch break) and date exceptions (a
 * day away, or other hours). Validated on save by the server's rules, with an error summary that
 * links to each field, as on the resident side.
 */
export const AvailabilityEditor = /* @__PURE__ */ forwardRef<
  HTMLFormElement,
  AvailabilityEditorProps
>(function AvailabilityEditor(
  { api, onSaved, onError, headingLevel = 2, className, ...props },
  ref,
) {
  const t = useBookingTranslator();
  const availability = useStaffAvailability(api);
  const reportError = useErrorReporter(availability.state, onError);
  return (
    <div className={className ? `machi-availability ${className}` : 'machi-availability'}>
      <Heading level={headingLevel} className="machi-availability__title">
        {t('booking.availability.title')}
      </Heading>
      <LoadableGate
        loadable={availability.state}
        loadingLabel={t('booking.availability.loading')}
        onRetry={availability.reload}
        headingLevel={subLevel(headingLevel)}
        renderError={(error) => (
          <StaffErrorNotice
            error={error}
            onRetry={availability.reload}
            headingLevel={subLevel(headingLevel)}
          />
        )}
      >
        {(loaded) => (
          <EditorForm
            ref={ref}
            initial={loaded}
            save={availability.save}
            saving={availability.saving}
            onSaved={onSaved}
            onError={reportError}
            headingLevel={subLevel(headingLevel)}
            {...props}
          />
        )}
      </LoadableGate>
    </div>
  );
});

interface EditorFormProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'onError'> {
  initial: StaffAvailability;
  save: ReturnType<typeof useStaffAvailability>['save'];
  saving: boolean;
  onSaved: AvailabilityEditorProps['onSaved'];
  onError: (error: BookingApiError) => void;
  headingLevel: HeadingLevel;
}

const EditorForm = /* @__PURE__ */ forwardRef<HTMLFormElement, EditorFormProps>(function EditorForm(
  { initial, save, saving, onSaved, onError, headingLevel, ...props },
  ref,
) {
  const t = useBookingTranslator();
  const prefix = `machi-availability-${useId().replace(/:/g, '')}`;
  const [draft, setDraft] = useState<AvailabilityDraft>(() => toDraft(initial));
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<BookingApiError>();
  const [saved, setSaved] = useState(false);
  const [attempts, setAttempts] = useState(0);
  useErrorTitle(errors.length > 0);
  const message = (error: FieldError) => t(fieldErrorKey(error), error.params);
  const errorFor = (path: string) => {
    const error = errors.find((candidate) => candidate.path === path);
    return error && message(error);
  };
  const fields = {
    draft,
    prefix,
    errorFor,
    onChange: (next: AvailabilityDraft) => {
      setDraft(next);
      setSaved(false);
    },
  };

  return (
    <form
      ref={ref}
      noValidate
      className="machi-availability__form"
      onSubmit={async (event) => {
        event.preventDefault();
        setAttempts((count) => count + 1);
        setFailure(undefined);
        const result = await save(fromDraft(draft));
        if (result.ok) {
          setErrors([]);
          setDraft(toDraft(result.availability));
          setSaved(true);
          onSaved?.(result.availability);
        } else {
          if (result.error.fieldErrors.length > 0) setErrors(result.error.fieldErrors);
          else setFailure(result.error);
          onError(result.error);
        }
      }}
      {...props}
    >
      <ErrorSummary
        errors={errors.map((error) => ({
          id: pathId(prefix, error.path),
          message: message(error),
        }))}
        focusKey={attempts}
      />
      {saved && (
        <Notice
          tone="success"
          announce
          headingLevel={noticeLevel(headingLevel)}
          title={t('booking.availability.saved')}
        />
      )}
      {failure && <StaffErrorNotice error={failure} headingLevel={headingLevel} />}
      <Heading level={headingLevel}>{t('booking.availability.weekly')}</Heading>
      <p className="machi-availability__hint">{t('booking.availability.weeklyHint')}</p>
      <WeeklyHoursFields {...fields} />
      <Heading level={headingLevel}>{t('booking.availability.exceptions')}</Heading>
      <p className="machi-availability__hint">{t('booking.availability.exceptionsHint')}</p>
      {draft.exceptions.length === 0 && <p>{t('booking.availability.noExceptions')}</p>}
      {draft.exceptions.map((exception, index) => (
        <ExceptionFields key={exception.key} exception={exception} index={index} {...fields} />
      ))}
      <div>
        <Button
          variant="secondary"
          onClick={() =>
            fields.onChange({ ...draft, exceptions: [...draft.exceptions, newException()] })
          }
        >
          {t('booking.availability.addException')}
        </Button>
      </div>
      <div className="machi-booking-actions">
        <Button type="submit" size="lg" loading={saving}>
          {t('booking.availability.save')}
        </Button>
      </div>
    </form>
  );
});
