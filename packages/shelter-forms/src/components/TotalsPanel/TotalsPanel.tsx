import { useLocale } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, useId } from 'react';
import { careNeedCategories } from '../../core/validation/codes';
import { formatCount } from '../../hooks/format';
import { useHqTranslator } from '../../hooks/useShelterFormsTranslator';
import { formatElapsed, type ShelterLink, ShelterName } from '../hq/cells';
import type { HqOverview } from '../hq/types';
import './totals-panel.css';

/** Props of {@link TotalsPanel}. */
export interface TotalsPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** `GET /api/v1/hq/overview`, or `summarizeShelters(shelters)` from the board's data. */
  overview: HqOverview;
  /** Makes each silent shelter's name a link to its detail. */
  shelterHref?: ShelterLink['href'];
  /** Makes each silent shelter's name a button that opens its detail. */
  onSelectShelter?: ShelterLink['onSelect'];
  /** The heading level. Default 2. */
  headingLevel?: 2 | 3 | undefined;
}

/**
 * The HQ's totals in large numbers: open shelters, evacuees (and how many shelters' counts are
 * still 未確認), people needing care by category, open supply requests, and the shelters that have
 * gone silent — named, so HQ can call them.
 */
export const TotalsPanel = /* @__PURE__ */ forwardRef<HTMLElement, TotalsPanelProps>(
  function TotalsPanel(
    { overview, shelterHref, onSelectShelter, headingLevel = 2, className, ...props },
    ref,
  ) {
    const t = useHqTranslator();
    const { locale } = useLocale();
    const headingId = useId();
    const Heading = `h${headingLevel}` as const;
    const count = (value: number) => formatCount(value, locale);
    const link: ShelterLink = {
      href: shelterHref,
      onSelect: shelterHref ? undefined : onSelectShelter,
    };
    const byCategory = careNeedCategories
      .filter((category) => (overview.careNeeds.byCategory[category] ?? 0) > 0)
      .map(
        (category) =>
          `${t(`shelter.code.careNeed.${category}`)} ${count(overview.careNeeds.byCategory[category] ?? 0)}`,
      );
    const stale = overview.staleShelters;

    return (
      <section
        ref={ref}
        aria-labelledby={headingId}
        className={className ? `machi-totals ${className}` : 'machi-totals'}
        data-stale-count={stale.length}
        {...props}
      >
        <Heading id={headingId} className="machi-totals__title">
          {t('shelter.totals.title')}
        </Heading>
        <dl className="machi-totals__grid">
          <div className="machi-totals__item">
            <dt>{t('shelter.totals.openShelters')}</dt>
            <dd className="machi-totals__value">
              {t('shelter.totals.openValue', {
                open: count(overview.shelters.open),
                total: count(overview.shelters.total),
              })}
            </dd>
          </div>
          <div className="machi-totals__item">
            <dt>{t('shelter.totals.evacuees')}</dt>
            <dd className="machi-totals__value">
              {t('shelter.board.persons', { count: count(overview.evacuees.total) })}
            </dd>
            {overview.evacuees.unconfirmedShelters > 0 && (
              <dd className="machi-totals__note">
                {t('shelter.totals.unconfirmed', {
                  count: count(overview.evacuees.unconfirmedShelters),
                })}
              </dd>
            )}
          </div>
          <div className="machi-totals__item">
            <dt>{t('shelter.totals.careNeeds')}</dt>
            <dd className="machi-totals__value">
              {t('shelter.board.persons', { count: count(overview.careNeeds.total) })}
            </dd>
            {byCategory.length > 0 && (
              <dd className="machi-totals__note">
                {byCategory.join(t('shelter.board.separator'))}
              </dd>
            )}
          </div>
          <div className="machi-totals__item">
            <dt>{t('shelter.totals.supplyRequests')}</dt>
            <dd className="machi-totals__value">
              {t('shelter.board.requests', { count: count(overview.supplyRequests.open) })}
            </dd>
          </div>
          <div className="machi-totals__item" data-stale={stale.length > 0 || undefined}>
            <dt>{t('shelter.totals.stale')}</dt>
            <dd className="machi-totals__value">
              {stale.length > 0 && <span aria-hidden="true">⚠ </span>}
              {t('shelter.totals.places', { count: count(stale.length) })}
            </dd>
            {stale.length > 0 && (
              <dd className="machi-totals__note">
                <ul className="machi-totals__stale">
                  {stale.map((shelter) => (
                    <li key={shelter.nationalShelterId}>
                      <ShelterName shelter={shelter} link={link} t={t} />
                      <span className="machi-board__elapsed">
                        {formatElapsed(shelter.minutesSinceLastReport, t)}
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
        </dl>
      </section>
    );
  },
);
