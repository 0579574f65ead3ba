import { Button } from '@machi-dx/ui';
import { forwardRef } from 'react';
import { basicSupplyItems } from '../../core/validation/codes';
import type { ArraySpec } from '../../core/validation/fields';
import type { SupplyRequestData } from '../../core/validation/supply-request';
import { otherFormCatalogs } from '../../intl';
import { tokyoMinute } from '../ReportForm/DateTimeField';
import { useFieldsContext } from '../ReportForm/FieldsContext';
import { LinesField } from '../ReportForm/GroupFields';
import {
  ReportForm,
  type ReportFormDefinition,
  type ReportFormProps,
} from '../ReportForm/ReportForm';
import { withDefaultUnits } from '../ReportForm/supplyLines';

/** Props of {@link SupplyRequestForm}. */
export interface SupplyRequestFormProps extends ReportFormProps<'supply_request'> {}

/** The lines of the request, with the 8 basic push-support items one tap away. */
function SupplyItemsField({ path }: { path: string }) {
  const { fields } = useFieldsContext();
  return (
    <LinesField
      path={path}
      spec={fields.spec(path) as ArraySpec}
      actions={(add) => (
        <ul className="machi-report-quick-add" aria-label={fields.t('shelter.form.quickAdd')}>
          {basicSupplyItems.map((item) => (
            <li key={item}>
              <Button variant="tertiary" size="sm" onClick={() => add({ item })}>
                {fields.t('shelter.form.addItem', {
                  item: fields.t(`shelter.code.supplyItem.${item}`),
                })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    />
  );
}

const definition: ReportFormDefinition<'supply_request'> = {
  kind: 'supply_request',
  catalogs: otherFormCatalogs,
  sections: [
    { title: 'shelter.section.items', paths: ['items'] },
    {
      title: 'shelter.section.request',
      paths: ['neededBy', 'beneficiaries', 'requestedAt', 'remarks'],
    },
  ],
  renderers: { items: SupplyItemsField },
  defaults: (now) => ({ requestedAt: tokyoMinute(now), items: [] }),
  adjust: /* @__PURE__ */ withDefaultUnits<Partial<SupplyRequestData>>('items'),
};

/**
 * 物資要請: one line per item — one of the Cabinet Office's 8 basic push-support items (one-tap
 * buttons) or another item by name — with a whole-number quantity and a unit from the list (filled
 * in from the item), how many people it serves and when it is needed by. No free-text quantities:
 * HQ adds them up.
 */
export const SupplyRequestForm = /* @__PURE__ */ forwardRef<HTMLDivElement, SupplyRequestFormProps>(
  function SupplyRequestForm(props, ref) {
    return <ReportForm ref={ref} definition={definition} {...props} />;
  },
);
