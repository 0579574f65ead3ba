import { forwardRef } from 'react';
import { otherFormCatalogs } from '../../intl';
import { tokyoMinute } from '../ReportForm/DateTimeField';
import {
  ReportForm,
  type ReportFormDefinition,
  type ReportFormProps,
} from '../ReportForm/ReportForm';

/** Props of {@link ShelterClosingForm}. */
export interface ShelterClosingFormProps extends ReportFormProps<'closing'> {}

const definition: ReportFormDefinition<'closing'> = {
  kind: 'closing',
  catalogs: otherFormCatalogs,
  sections: [{ paths: ['closedAt', 'remainingEvacuees', 'evacueesMovedTo', 'remarks'] }],
  defaults: (now) => ({ closedAt: tokyoMinute(now) }),
};

/**
 * 閉鎖報告: when the shelter closed, how many evacuees remained and where they went (required when
 * some remained), and remarks.
 */
export const ShelterClosingForm = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ShelterClosingFormProps
>(function ShelterClosingForm(props, ref) {
  return <ReportForm ref={ref} definition={definition} {...props} />;
});
