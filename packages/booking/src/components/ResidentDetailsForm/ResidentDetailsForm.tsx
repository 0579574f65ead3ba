import {
  Button,
  ErrorSummary,
  Field,
  Textarea,
  TextInput,
  useControllableState,
  useErrorTitle,
} from '@machi-dx/ui';
import { toKatakana } from '@machi-dx/ui/core';
import {
  type FormEvent,
  type FormHTMLAttributes,
  forwardRef,
  type ReactNode,
  useId,
  useState,
} from 'react';
import { fieldLimits } from '../../core/field-rules';
import {
  type DetailsDraft,
  emptyDetails,
  type FlowFieldError,
  validateDetails,
} from '../../core/flow/details';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { fieldId, useFieldErrors } from '../parts/fieldErrors';
import { AccommodationsFields, ConsentField } from './DetailsChoices';
import './resident-details-form.css';

/** Props of {@link ResidentDetailsForm}: the draft, its errors and a form's native props. */
export interface ResidentDetailsFormProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onChange' | 'onSubmit' | 'defaultValue'> {
  /** The answers when the parent owns them (e.g. a BookingFlow's `state.details`). */
  value?: DetailsDraft | undefined;
  /** The first answers when the form owns them (a returning resident's prefill). */
  defaultValue?: Partial<DetailsDraft> | undefined;
  /** Called with the whole draft after every change; values are kept exactly as typed. */
  onChange?: ((draft: DetailsDraft) => void) | undefined;
  /**
   * Errors when the parent validates (the flow store, or the server's 422). Without it the form
   * validates on submit itself, with the same rules as the server.
   */
  errors?: readonly FlowFieldError[] | undefined;
  /** Called on submit: always when `errors` is given, else only when the answers are valid. */
  onSubmit?: ((draft: DetailsDraft) => void) | undefined;
  /** Prefix of the field ids (`<prefix>-name` …), so an error summary can link to them. */
  idPrefix?: string | undefined;
  /** The city's privacy notice (a sentence, or a link to the full notice), shown with the consent. */
  privacyNotice?: ReactNode;
  /** The submit button's text; 次へ進む by default. */
  submitLabel?: ReactNode;
  /** Extra actions beside the submit button (a "back" button in the flow). */
  actions?: ReactNode;
}

/**
 * The resident's details, GOV.UK style: validated only on submit, values kept as typed, an error
 * summary that takes focus and links to each field, ※必須/※任意 on every question. Furigana typed in
 * hiragana or half-width kana becomes katakana when the field is left, and the form says so.
 */
export const ResidentDetailsForm = /* @__PURE__ */ forwardRef<
  HTMLFormElement,
  ResidentDetailsFormProps
>(function ResidentDetailsForm(
  {
    value,
    defaultValue,
    onChange,
    errors: errorsProp,
    onSubmit,
    idPrefix,
    privacyNotice,
    submitLabel,
    actions,
    className,
    ...props
  },
  ref,
) {
  const t = useFlowTranslator();
  const generated = useId().replace(/:/g, '');
  const prefix = idPrefix ?? `machi-details-${generated}`;
  const [draft, setDraft] = useControllableState<DetailsDraft>({
    value,
    defaultValue: { ...emptyDetails(), ...defaultValue },
    onChange,
  });
  const [ownErrors, setOwnErrors] = useState<readonly FlowFieldError[]>([]);
  const [submits, setSubmits] = useState(0);
  const [kanaNote, setKanaNote] = useState('');
  const errors = errorsProp ?? ownErrors;
  const { items, errorFor } = useFieldErrors(prefix, errors);
  useErrorTitle(errors.length > 0);

  const update = (patch: Partial<DetailsDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const id = (field: Parameters<typeof fieldId>[1]) => fieldId(prefix, field);

  const normaliseKana = () => {
    const result = toKatakana(draft.nameKana);
    if (result.ok && result.value !== draft.nameKana) {
      update({ nameKana: result.value });
      setKanaNote(t('booking.details.kanaNormalised', { value: result.value }));
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmits((count) => count + 1);
    if (errorsProp) {
      onSubmit?.(draft);
      return;
    }
    const found = validateDetails(draft);
    setOwnErrors(found);
    if (found.length === 0) onSubmit?.(draft);
  };

  return (
    <form
      ref={ref}
      noValidate
      onSubmit={submit}
      className={className ? `machi-details-form ${className}` : 'machi-details-form'}
      {...props}
    >
      <ErrorSummary errors={items} focusKey={submits} />
      <Field
        id={id('name')}
        label={t('booking.details.name')}
        hint={t('booking.details.nameHint')}
        required
        error={errorFor('name')}
      >
        <TextInput
          autoComplete="name"
          width="20"
          value={draft.name}
          onChange={(event) => update({ name: event.target.value })}
        />
      </Field>
      <Field
        id={id('nameKana')}
        label={t('booking.details.nameKana')}
        hint={t('booking.details.nameKanaHint')}
        required
        error={errorFor('nameKana')}
      >
        <TextInput
          width="20"
          value={draft.nameKana}
          aria-describedby={kanaNote ? `${prefix}-kana-note` : undefined}
          onChange={(event) => {
            setKanaNote('');
            update({ nameKana: event.target.value });
          }}
          onBlur={normaliseKana}
        />
      </Field>
      <p id={`${prefix}-kana-note`} role="status" className="machi-details-form__note">
        {kanaNote}
      </p>
      <Field
        id={id('phone')}
        label={t('booking.details.phone')}
        hint={t('booking.details.phoneHint')}
        required
        error={errorFor('phone')}
      >
        <TextInput
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          width="20"
          value={draft.phone}
          onChange={(event) => update({ phone: event.target.value })}
        />
      </Field>
      <Field
        id={id('email')}
        label={t('booking.details.email')}
        hint={t('booking.details.emailHint')}
        error={errorFor('email')}
      >
        <TextInput
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={draft.email}
          onChange={(event) => update({ email: event.target.value })}
        />
      </Field>
      <Field
        id={id('summary')}
        label={t('booking.details.summary')}
        hint={t('booking.details.summaryHint')}
        error={errorFor('summary')}
      >
        <Textarea
          maxCharacters={fieldLimits.summary}
          value={draft.summary}
          onValueChange={(summary) => update({ summary })}
        />
      </Field>
      <AccommodationsFields draft={draft} update={update} id={id} errorFor={errorFor} />
      <ConsentField
        draft={draft}
        update={update}
        id={id}
        errorFor={errorFor}
        privacyNotice={privacyNotice}
      />
      <div className="machi-booking-actions">
        <Button type="submit" size="lg">
          {submitLabel ?? t('booking.action.continue')}
        </Button>
        {actions}
      </div>
    </form>
  );
});
