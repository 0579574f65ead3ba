import type { Locale, Translate } from '@machi-dx/ui';
import { memo } from 'react';
import { formatCount } from '../../hooks/format';
import type { BoardRow } from '../hq/board';
import {
  CareNeeds,
  Evacuees,
  LastReport,
  openingStatusText,
  type ShelterLink,
  ShelterName,
} from '../hq/cells';
import type { RowProps } from './BoardTable';

/** One shelter as a card (narrow screens): the same facts as a row, labelled. */
const BoardCard = /* @__PURE__ */ memo(function BoardCard({
  row,
  link,
  t,
  locale,
  level,
}: RowProps & { level: 3 | 4 }) {
  const { shelter } = row;
  const Heading = `h${level}` as const;
  return (
    <li
      className="machi-board__card"
      data-stale={row.stale || undefined}
      data-status={shelter.status.openingStatus ?? 'not_reported'}
    >
      <Heading className="machi-board__card-title">
        <ShelterName shelter={shelter} link={link} t={t} />
      </Heading>
      <dl className="machi-board__facts">
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
      </dl>
    </li>
  );
});

/** The board as a list of cards, for phones and narrow windows. */
export function BoardCards({
  rows,
  link,
  t,
  locale,
  level,
  label,
}: {
  rows: readonly BoardRow[];
  link: ShelterLink;
  t: Translate;
  locale: Locale;
  level: 3 | 4;
  label: string;
}) {
  return (
    <ul className="machi-board__cards" aria-label={label}>
      {rows.map((row) => (
        <BoardCard
          key={row.shelter.nationalShelterId}
          row={row}
          link={link}
          t={t}
          locale={locale}
          level={level}
        />
      ))}
    </ul>
  );
}
