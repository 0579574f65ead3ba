import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ReportKind } from '../../core';
import { useShelterFormsTranslator } from '../../hooks/useShelterFormsTranslator';
import './report-kind-label.css';

/** Props of {@link ReportKindLabel}: a native span plus the value to name. */
export interface ReportKindLabelProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The value whose name is shown. */
  kind: ReportKind;
}

/** The name of a shelter report kind in the current locale, e.g. 開設報告. */
// Pure: lets bundlers drop the component (and the catalogs it carries) when only hooks are used.
export const ReportKindLabel = /* @__PURE__ */ forwardRef<HTMLSpanElement, ReportKindLabelProps>(
  function ReportKindLabel({ kind, className, ...rest }, ref) {
    const t = useShelterFormsTranslator();
    return (
      <span
        ref={ref}
        className={className ? `machi-report-kind ${className}` : 'machi-report-kind'}
        data-kind={kind}
        {...rest}
      >
        {t(`shelter.reportKind.${kind}`)}
      </span>
    );
  },
);
