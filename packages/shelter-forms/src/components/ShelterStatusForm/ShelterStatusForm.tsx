import { forwardRef } from 'react';
import type { StatusReportData } from '../../core/validation/status';
import { statusFormCatalogs } from '../../intl';
import { tokyoMinute } from '../ReportForm/DateTimeField';
import {
  ReportForm,
  type ReportFormDefinition,
  type ReportFormProps,
} from '../ReportForm/ReportForm';
import { withDefaultUnits } from '../ReportForm/supplyLines';

/** Props of {@link ShelterStatusForm}: the report form props; `initialData` may carry the last report. */
export interface ShelterStatusFormProps extends ReportFormProps<'status'> {}

const definition: ReportFormDefinition<'status'> = {
  kind: 'status',
  catalogs: statusFormCatalogs,
  sections: [
    { title: 'shelter.section.report', paths: ['reportSequence', 'asOf', 'occupancyStatus'] },
    {
      title: 'shelter.section.evacuees',
      grid: true,
      paths: [
        'evacueeTotal',
        'evacueeHouseholds',
        'evacueeMale',
        'evacueeFemale',
        'selfEvacuatedPersons',
        'selfEvacuatedHouseholds',
        'populationDay',
        'populationNight',
        'evacueesOutsideShelterAtHome',
        'evacueesOutsideShelterInCars',
      ],
    },
    {
      title: 'shelter.section.care',
      paths: ['careNeeds', 'staffSupportNeeded', 'staffSupportDetail'],
    },
    {
      title: 'shelter.section.facilities',
      paths: ['lifelines', 'drinkingWater', 'toiletCountUsable', 'toiletCountTotal'],
    },
    { title: 'shelter.section.supplies', paths: ['suppliesNeeded', 'infectionControlShortage'] },
    { title: 'shelter.section.living', paths: ['livingConditions', 'petCount', 'petNote'] },
    { title: 'shelter.section.remarks', paths: ['remarks'] },
  ],
  defaults: (now) => ({ reportSequence: 1, asOf: tokyoMinute(now) }),
  adjust: /* @__PURE__ */ withDefaultUnits<Partial<StatusReportData>>('suppliesNeeded'),
  // The first report is the one written "with what is known within 30 minutes".
  unconfirmedByDefault: (data) => data.reportSequence === 1,
};

/**
 * 状況報告（第n報）: as-of time, head counts (cross-checked: men + women ≤ total, households ≤ persons
 * …), people needing care, lifelines, toilets, water, supplies needed, living conditions, pets and
 * remarks. Drafts autosave to the device; the report is queued in the outbox after a check step,
 * and the form then says whether it is saved on the device or delivered. 未確認 toggles are offered
 * on the first report (第1報) unless `allowUnconfirmed` says otherwise.
 */
export const ShelterStatusForm = /* @__PURE__ */ forwardRef<HTMLDivElement, ShelterStatusFormProps>(
  function ShelterStatusForm(props, ref) {
    return <ReportForm ref={ref} definition={definition} {...props} />;
  },
);

/**
 * The starting values of the next status report from the last one: 第n+1報, the same counts and
 * conditions to update, a fresh as-of time, and nothing marked 未確認.
 */
export function continueStatusReport(
  previous: Partial<StatusReportData>,
): Partial<StatusReportData> {
  const { asOf: _asOf, unconfirmedFields: _unconfirmed, reportSequence = 0, ...rest } = previous;
  return { ...rest, reportSequence: reportSequence + 1 };
}
