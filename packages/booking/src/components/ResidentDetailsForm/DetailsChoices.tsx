import { CheckboxGroup, Field, Textarea, TextInput } from '@machi-dx/ui';
import type { ReactNode } from 'react';
import { fieldLimits } from '../../core/field-rules';
import { accommodationTypes, type DetailsDraft, type FlowField } from '../../core/flow/details';
import { accommodationKey } from '../../core/messages';
import type { AccommodationType } from '../../core/types';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';

/** What the two choice questions share with the form. */
interface ChoiceProps {
  draft: DetailsDraft;
  update: (patch: Partial<DetailsDraft>) => void;
  id: (field: FlowField) => string;
  errorFor: (field: FlowField) => string | undefined;
}

/**
 * Internal: accommodations (手話通訳, 筆談, 車椅子, interpreter, other). The language and the
 * free text appear right under the group when their box is ticked (GOV.UK conditional reveal).
 */
export function AccommodationsFields({ draft, update, id, errorFor }: ChoiceProps) {
  const t = useFlowTranslator();
  const chosen = accommodationTypes.filter((type) => draft.accommodations[type]);
  const setChosen = (values: readonly string[]) =>
    update({
      accommodations: Object.fromEntries(
        accommodationTypes.map((type) => [type, values.includes(type)]),
      ) as Record<AccommodationType, boolean>,
    });
  return (
    <div className="machi-details-form__accommodations">
      <CheckboxGroup
        id={id('accommodations')}
        name="accommodations"
        label={t('booking.details.accommodations')}
        hint={t('booking.details.accommodationsHint')}
        error={errorFor('accommodations')}
        value={chosen}
        onChange={setChosen}
        options={accommodationTypes.map((type) => ({
          value: type,
          label: t(accommodationKey(type)),
        }))}
      />
      {draft.accommodations.interpreter && (
        <div className="machi-details-form__reveal">
          <Field
            id={id('interpreterLanguage')}
            label={t('booking.details.interpreterLanguage')}
            hint={t('booking.details.interpreterLanguageHint')}
            required
            error={errorFor('interpreterLanguage')}
          >
            <TextInput
              width="20"
              value={draft.interpreterLanguage}
              onChange={(event) => update({ interpreterLanguage: event.target.value })}
            />
          </Field>
        </div>
      )}
      {draft.accommodations.other && (
        <div className="machi-details-form__reveal">
          <Field
            id={id('otherText')}
            label={t('booking.details.otherText')}
            required
            error={errorFor('otherText')}
          >
            <Textarea
              rows={3}
              maxCharacters={fieldLimits.otherText}
              value={draft.otherText}
              onValueChange={(otherText) => update({ otherText })}
            />
          </Field>
        </div>
      )}
    </div>
  );
}

/** Internal: consent to the privacy notice, a required single checkbox under its own question. */
export function ConsentField({
  draft,
  update,
  id,
  errorFor,
  privacyNotice,
}: ChoiceProps & { privacyNotice: ReactNode }) {
  const t = useFlowTranslator();
  return (
    <CheckboxGroup
      id={id('consent')}
      name="consent"
      label={t('booking.details.consent')}
      hint={privacyNotice ?? t('booking.details.privacyNotice')}
      required
      error={errorFor('consent')}
      value={draft.consent ? ['consent'] : []}
      onChange={(values) => update({ consent: values.includes('consent') })}
      options={[{ value: 'consent', label: t('booking.details.consentLabel') }]}
    />
  );
}
