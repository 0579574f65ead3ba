import { Field, Select, useLocale } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, useCallback, useId, useMemo, useState } from 'react';
import {
  type SupplyRequestStatus,
  supplyRequestStatuses,
} from '../../core/validation/supply-request';
import { useHqTranslator } from '../../hooks/useShelterFormsTranslator';
import type { HqSupplyRequest } from '../hq/types';
import { SupplyRequestItem } from './SupplyRequestItem';
import './supply-request-queue.css';

/** Which requests the queue shows: not yet arrived (and not corrected), all, or one status. */
export type SupplyQueueView = 'open' | 'all' | SupplyRequestStatus;

/** Props of {@link SupplyRequestQueue}. */
export interface SupplyRequestQueueProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** `GET /api/v1/supply-requests` → `supplyRequests`. */
  requests: readonly HqSupplyRequest[];
  /**
   * Moves a request forward (`PATCH /api/v1/supply-requests/{id}` `{ status }`). Resolve when HQ's
   * server accepted it and refresh `requests`; reject to show that it failed.
   */
  onAdvance: (id: string, status: SupplyRequestStatus) => void | Promise<void>;
  /** What is shown first. Default `open`. */
  defaultView?: SupplyQueueView | undefined;
  /** The heading level. Default 2. */
  headingLevel?: 2 | 3 | undefined;
}

// A call marked pure, not a spread at module level: a bundle without this component drops it.
const views: readonly SupplyQueueView[] = /* @__PURE__ */ (
  ['open', 'all'] as SupplyQueueView[]
).concat(supplyRequestStatuses);

function byDeadline(a: HqSupplyRequest, b: HqSupplyRequest): number {
  // The most urgent first; requests without a deadline after those with one, oldest first.
  if (a.neededBy !== b.neededBy) {
    if (!a.neededBy) return 1;
    if (!b.neededBy) return -1;
    return a.neededBy.localeCompare(b.neededBy);
  }
  return a.requestedAt.localeCompare(b.requestedAt);
}

/**
 * HQ's queue of supply requests, most urgent first. Each request shows what is needed, for how
 * many and by when, and its progress 要請 → 調達 → 輸送 → 到着; HQ moves it forward one step at a
 * time (confirmed, never back), and the change is announced.
 */
export const SupplyRequestQueue = /* @__PURE__ */ forwardRef<HTMLElement, SupplyRequestQueueProps>(
  function SupplyRequestQueue(
    { requests, onAdvance, defaultView = 'open', headingLevel = 2, className, ...props },
    ref,
  ) {
    const t = useHqTranslator();
    const { locale } = useLocale();
    const headingId = useId();
    const [view, setView] = useState<SupplyQueueView>(defaultView);
    const [message, setMessage] = useState('');
    const Heading = `h${headingLevel}` as const;
    const shown = useMemo(
      () =>
        requests
          .filter((request) =>
            view === 'all'
              ? true
              : view === 'open'
                ? request.status !== 'arrived' && !request.supersededBy
                : request.status === view,
          )
          .sort(byDeadline),
      [requests, view],
    );
    const onAdvanced = useCallback(
      (request: HqSupplyRequest, status: SupplyRequestStatus) =>
        setMessage(
          t('shelter.queue.updated', {
            shelter: request.shelterName,
            status: t(`shelter.supplyRequestStatus.${status}`),
          }),
        ),
      [t],
    );

    return (
      <section
        ref={ref}
        aria-labelledby={headingId}
        className={className ? `machi-queue ${className}` : 'machi-queue'}
        {...props}
      >
        <div className="machi-queue__header">
          <Heading id={headingId} className="machi-queue__title">
            {t('shelter.queue.title')}
          </Heading>
          <span className="machi-queue__count">
            {t('shelter.queue.count', { count: shown.length })}
          </span>
        </div>
        <Field id={`${headingId}-view`} label={t('shelter.queue.show')} hideRequirement>
          <Select value={view} onChange={(event) => setView(event.target.value as SupplyQueueView)}>
            {views.map((option) => (
              <option key={option} value={option}>
                {option === 'open' || option === 'all'
                  ? t(`shelter.queue.${option}`)
                  : t(`shelter.supplyRequestStatus.${option}`)}
              </option>
            ))}
          </Select>
        </Field>
        <p role="status" className="machi-queue__message">
          {message}
        </p>
        {shown.length === 0 ? (
          <p>{t('shelter.queue.empty')}</p>
        ) : (
          <ul className="machi-queue__list">
            {shown.map((request) => (
              <SupplyRequestItem
                key={request.id}
                request={request}
                onAdvance={onAdvance}
                onAdvanced={onAdvanced}
                t={t}
                locale={locale}
                level={headingLevel === 2 ? 3 : 4}
              />
            ))}
          </ul>
        )}
      </section>
    );
  },
);
