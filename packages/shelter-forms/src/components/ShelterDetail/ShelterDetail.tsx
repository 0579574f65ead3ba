import { useLocale } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, useId, useMemo } from 'react';
import { formatCount, formatDateTime } from '../../hooks/format';
import { useNow } from '../../hooks/useNow';
import { useHqTranslator } from '../../hooks/useShelterFormsTranslator';
import { boardRow, DEFAULT_STALE_AFTER_MINUTES } from '../hq/board';
import { CareNeeds, Evacuees, LastReport, openingStatusText } from '../hq/cells';
import type { HqReport, HqShelter } from '../hq/types';
import { ReportSummary } from '../ReportForm/ReportSummary';
import './shelter-detail.css';

/** Props of {@link ShelterDetail}. */
export interface ShelterDetailProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The shelter as on the board (`GET /api/v1/shelters` → one of `shelters`). */
  shelter: HqShelter;
  /** Its reports, corrected ones included (`GET /api/v1/shelters/{id}/reports` → `reports`). */
  reports: readonly HqReport[];
  /** An open shelter silent for longer than this is stale. Default 180. */
  staleAfterMinutes?: number | undefined;
  /** The time to draw at; by default a clock re-read every 30 s. */
  now?: Date | number | undefined;
  /** The heading level of the shelter's name. Default 2. */
  headingLevel?: 2 | 3 | undefined;
}

/**
 * One shelter for HQ: where it stands now, and every report it sent, newest first — corrected
 * reports too, marked 訂正済み with a link to the correction (and the correction to what it
 * corrected), so HQ sees what changed and when. Each report's contents read like the shelter's
 * check step.
 */
export const ShelterDetail = /* @__PURE__ */ forwardRef<HTMLElement, ShelterDetailProps>(
  function ShelterDetail(
    {
      shelter,
      reports,
      staleAfterMinutes = DEFAULT_STALE_AFTER_MINUTES,
      now: fixedNow,
      headingLevel = 2,
      className,
      ...props
    },
    ref,
  ) {
    const t = useHqTranslator();
    const { locale } = useLocale();
    const now = useNow(fixedNow);
    const headingId = useId();
    const row = boardRow(shelter, now, staleAfterMinutes);
    const Heading = `h${headingLevel}` as const;
    const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
    const anchor = (id: string) => `${headingId}-report-${id}`;

    const history = useMemo(() => {
      const corrected = new Set(
        reports.flatMap((report) => (report.supersedes ? [report.supersedes] : [])),
      );
      return [...reports]
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .map((report) => ({
          report,
          superseded: report.supersededBy !== undefined || corrected.has(report.id),
        }));
    }, [reports]);
    const supersededBy = (id: string) =>
      reports.find((report) => report.supersedes === id)?.id ??
      reports.find((report) => report.id === id)?.supersededBy;

    return (
      <article
        ref={ref}
        aria-labelledby={headingId}
        className={className ? `machi-detail ${className}` : 'machi-detail'}
        data-stale={row.stale || undefined}
        {...props}
      >
        <Heading id={headingId} className="machi-detail__title">
          {shelter.name}
          {shelter.sample && <span className="machi-board__tag">{t('shelter.board.sample')}</span>}
        </Heading>
        <dl className="machi-detail__facts">
          <div>
            <dt>{t('shelter.board.column.lastReport')}</dt>
            <dd className="machi-board__last">
              <LastReport row={row} t={t} locale={locale} />
            </dd>
          </div>
          <div>
            <dt>{t('shelter.board.column.status')}</dt>
            <dd>{openingStatusText(shelter, t)}</dd>
          </div>
          <div>
            <dt>{t('shelter.board.column.evacuees')}</dt>
            <dd>
              <Evacuees shelter={shelter} t={t} locale={locale} />
            </dd>
          </div>
          <div>
            <dt>{t('shelter.board.column.careNeeds')}</dt>
            <dd>
              <CareNeeds row={row} t={t} locale={locale} />
            </dd>
          </div>
          <div>
            <dt>{t('shelter.board.column.supplies')}</dt>
            <dd>
              {t('shelter.board.requests', {
                count: formatCount(shelter.status.openSupplyRequests, locale),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('shelter.detail.id')}</dt>
            <dd className="machi-board__id">{shelter.nationalShelterId}</dd>
          </div>
          {shelter.address && (
            <div>
              <dt>{t('shelter.detail.address')}</dt>
              <dd>{shelter.address}</dd>
            </div>
          )}
        </dl>
        <SubHeading className="machi-detail__subtitle">
          {t('shelter.detail.history', { count: reports.length })}
        </SubHeading>
        {history.length === 0 ? (
          <p>{t('shelter.detail.noReports')}</p>
        ) : (
          <ol className="machi-detail__history">
            {history.map(({ report, superseded }, index) => {
              const sequence = report.data.reportSequence;
              const correction = superseded ? supersededBy(report.id) : undefined;
              return (
                <li
                  key={report.id}
                  id={anchor(report.id)}
                  className="machi-detail__report"
                  data-kind={report.kind}
                  data-superseded={superseded || undefined}
                >
                  <div className="machi-detail__report-head">
                    <span className="machi-detail__report-name">
                      {t(`shelter.reportKind.${report.kind}`)}
                      {typeof sequence === 'number' &&
                        ` ${t('shelter.outbox.sequence', { n: sequence })}`}
                    </span>
                    {superseded && (
                      <span className="machi-board__tag">{t('shelter.detail.superseded')}</span>
                    )}
                    {report.supersedes && (
                      <span className="machi-board__tag">{t('shelter.detail.correction')}</span>
                    )}
                    <span className="machi-detail__time">
                      {t('shelter.detail.received', {
                        time: formatDateTime(report.receivedAt, locale),
                      })}
                      {t('shelter.detail.created', {
                        time: formatDateTime(report.createdAt, locale),
                      })}
                    </span>
                  </div>
                  {report.supplyRequest && (
                    <p className="machi-detail__note">
                      {t('shelter.detail.supplyStatus', {
                        status: t(`shelter.supplyRequestStatus.${report.supplyRequest.status}`),
                      })}
                    </p>
                  )}
                  {(correction || report.supersedes) && (
                    <p className="machi-detail__note">
                      {correction && (
                        <a href={`#${anchor(correction)}`}>{t('shelter.detail.supersededBy')}</a>
                      )}
                      {report.supersedes && (
                        <a href={`#${anchor(report.supersedes)}`}>{t('shelter.detail.corrects')}</a>
                      )}
                    </p>
                  )}
                  <details className="machi-detail__contents" open={index === 0 || undefined}>
                    <summary>{t('shelter.detail.contents')}</summary>
                    <ReportSummary t={t} kind={report.kind} data={report.data} />
                  </details>
                </li>
              );
            })}
          </ol>
        )}
      </article>
    );
  },
);
