import { forwardRef } from 'react';
import { otherFormCatalogs } from '../../intl';
import { tokyoMinute } from '../ReportForm/DateTimeField';
import {
  ReportForm,
  type ReportFormDefinition,
  type ReportFormProps,
} from '../ReportForm/ReportForm';

/** Props of {@link ShelterOpeningForm}. */
export interface ShelterOpeningFormProps extends ReportFormProps<'opening'> {}

const definition: ReportFormDefinition<'opening'> = {
  kind: 'opening',
  catalogs: otherFormCatalogs,
  sections: [
    {
      title: 'shelter.section.opening',
      paths: ['openingStatus', 'statusLabel', 'openedAt', 'openingReason', 'evacueeTotal'],
    },
    { title: 'shelter.section.reporter', paths: ['reportedAt', 'reporter', 'contactChannel'] },
    { title: 'shelter.section.safety', paths: ['facilitySafetyCheck'] },
  ],
  defaults: (now) => ({ reportedAt: tokyoMinute(now) }),
  unconfirmedByDefault: () => true,
};

/**
 * 開設報告（第1報）: opening status, when and why, evacuees so far, who reports and how HQ reaches
 * the shelter, and the facility safety check. Every field that may be unknown at first has a 未確認
 * toggle ("write what you know within 30 minutes").
 */
export const ShelterOpeningForm = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ShelterOpeningFormProps
>(function ShelterOpeningForm(props, ref) {
  return <ReportForm ref={ref} definition={definition} {...props} />;
});
