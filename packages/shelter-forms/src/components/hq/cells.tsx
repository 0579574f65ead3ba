// What one shelter shows on the HQ board, shared by the table rows, the cards and the detail.
import type { Locale, Translate } from '@machi-dx/ui';
import type { ReactNode } from 'react';
import { careNeedCategories } from '../../core/validation/codes';
import { formatCount, formatDateTime } from '../../hooks/format';
import type { BoardRow } from './board';
import type { HqShelter } from './types';
import './cells.css';

/** How a shelter's name links to its detail: an href, a callback, or neither (plain text). */
export interface ShelterLink {
  href?: ((nationalShelterId: string) => string) | undefined;
  onSelect?: ((nationalShelterId: string) => void) | undefined;
}

/** "12分前", "3時間5分前", "2日4時間前" — elapsed time in the words HQ staff use. */
export function formatElapsed(minutes: number | null, t: Translate): string {
  if (minutes === null) return t('shelter.board.elapsed.none');
  if (minutes < 60) return t('shelter.board.elapsed.minutes', { m: minutes });
  if (minutes < 24 * 60)
    return t('shelter.board.elapsed.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
  return t('shelter.board.elapsed.days', {
    d: Math.floor(minutes / 1440),
    h: Math.floor((minutes % 1440) / 60),
  });
}

/** The shelter's name: a link or button to its detail when the app offers one, with the sample mark. */
export function ShelterName({
  shelter,
  link,
  t,
}: {
  shelter: Pick<HqShelter, 'nationalShelterId' | 'name' | 'sample'>;
  link: ShelterLink;
  t: Translate;
}) {
  const { nationalShelterId: id, name } = shelter;
  let title: ReactNode = name;
  if (link.href) {
    title = (
      <a href={link.href(id)} className="machi-board__link machi-focus-ring">
        {name}
      </a>
    );
  } else if (link.onSelect) {
    title = (
      <button
        type="button"
        className="machi-board__link machi-focus-ring"
        onClick={() => link.onSelect?.(id)}
      >
        {name}
      </button>
    );
  }
  return (
    <>
      <span className="machi-board__name">{title}</span>
      {shelter.sample && <span className="machi-board__tag">{t('shelter.board.sample')}</span>}
      <span className="machi-board__id">{id}</span>
    </>
  );
}

/** 開設状況, or 未報告 before any opening report. */
export function openingStatusText(shelter: HqShelter, t: Translate): string {
  const status = shelter.status.openingStatus;
  return status ? t(`shelter.code.openingStatus.${status}`) : t('shelter.board.notReported');
}

/** The head count with 未確認 when the shelter marked it so; — before any. */
export function Evacuees({
  shelter,
  t,
  locale,
}: {
  shelter: HqShelter;
  t: Translate;
  locale: Locale;
}) {
  const { evacueeTotal, evacueeTotalUnconfirmed } = shelter.status;
  if (evacueeTotal === null) return <>{t('shelter.board.none')}</>;
  return (
    <>
      {t('shelter.board.persons', { count: formatCount(evacueeTotal, locale) })}
      {evacueeTotalUnconfirmed && (
        <span className="machi-board__tag">{t('shelter.form.unconfirmed')}</span>
      )}
    </>
  );
}

/** The care-needs total and its largest categories (高齢者（要介護）8・乳幼児 5). */
export function CareNeeds({ row, t, locale }: { row: BoardRow; t: Translate; locale: Locale }) {
  const needs = row.shelter.status.careNeeds ?? {};
  const parts = careNeedCategories
    .filter((category) => (needs[category] ?? 0) > 0)
    .sort((a, b) => (needs[b] ?? 0) - (needs[a] ?? 0))
    .map(
      (category) =>
        `${t(`shelter.code.careNeed.${category}`)} ${formatCount(needs[category] ?? 0, locale)}`,
    );
  return (
    <>
      {t('shelter.board.persons', { count: formatCount(row.careTotal, locale) })}
      {parts.length > 0 && (
        <span className="machi-board__detail">{parts.join(t('shelter.board.separator'))}</span>
      )}
    </>
  );
}

/**
 * Time since the last report; a stale shelter says 報告途絶 in words with a warning mark, so the
 * highlight does not rest on colour.
 */
export function LastReport({ row, t, locale }: { row: BoardRow; t: Translate; locale: Locale }) {
  const at = row.shelter.status.lastReportAt;
  return (
    <>
      {row.stale && (
        <span className="machi-board__stale">
          <span aria-hidden="true">⚠ </span>
          {t('shelter.board.stale')}
        </span>
      )}
      <span className="machi-board__elapsed">{formatElapsed(row.minutes, t)}</span>
      {at && <span className="machi-board__detail">{formatDateTime(at, locale)}</span>}
    </>
  );
}
