import { VisuallyHidden } from '@machi-dx/ui';
import type { HTMLAttributes, ReactNode } from 'react';
import './parts.css';

/** One row of a {@link SummaryList}. */
export interface SummaryRow {
  /** Stable React key. */
  id: string;
  /** The question or fact, e.g. 氏名. */
  label: ReactNode;
  /** The answer. */
  value: ReactNode;
  /** A "change" action (GOV.UK check answers); its hidden text names the row for screen readers. */
  action?: { label: ReactNode; onClick: () => void } | undefined;
}

/** Props of {@link SummaryList}. */
export interface SummaryListProps extends HTMLAttributes<HTMLDListElement> {
  rows: readonly SummaryRow[];
}

/** Internal: GOV.UK's summary list, a `<dl>` of label, value and optional change action. */
export function SummaryList({ rows, className, ...props }: SummaryListProps) {
  return (
    <dl
      className={className ? `machi-booking-summary ${className}` : 'machi-booking-summary'}
      {...props}
    >
      {rows.map((row) => (
        <div key={row.id} className="machi-booking-summary__row" data-row={row.id}>
          <dt className="machi-booking-summary__label">{row.label}</dt>
          <dd className="machi-booking-summary__value">{row.value}</dd>
          {row.action && (
            <dd className="machi-booking-summary__action">
              <button
                type="button"
                className="machi-booking-link machi-focus-ring"
                onClick={row.action.onClick}
              >
                {row.action.label} <VisuallyHidden>{row.label}</VisuallyHidden>
              </button>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
