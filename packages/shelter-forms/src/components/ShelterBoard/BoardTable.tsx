import { type Locale, type Translate, VisuallyHidden } from '@machi-dx/ui';
import { memo } from 'react';
import { formatCount } from '../../hooks/format';
import { type BoardRow, type BoardSort, type BoardSortKey, boardSortKeys } from '../hq/board';
import {
  CareNeeds,
  Evacuees,
  LastReport,
  openingStatusText,
  type ShelterLink,
  ShelterName,
} from '../hq/cells';

/** Props every row and card shares; stable across renders so unchanged shelters skip rendering. */
export interface RowProps {
  row: BoardRow;
  link: ShelterLink;
  t: Translate;
  locale: Locale;
}

/** One shelter as a table row; memoised, so an update to one shelter re-renders only its row. */
const BoardTableRow = /* @__PURE__ */ memo(function BoardTableRow({
  row,
  link,
  t,
  locale,
}: RowProps) {
  const { shelter } = row;
  return (
    <tr
      data-stale={row.stale || undefined}
      data-status={shelter.status.openingStatus ?? 'not_reported'}
    >
      <th scope="row" className="machi-board__shelter">
        <ShelterName shelter={shelter} link={link} t={t} />
      </th>
      <td>{openingStatusText(shelter, t)}</td>
      <td className="machi-board__number">
        <Evacuees shelter={shelter} t={t} locale={locale} />
      </td>
      <td className="machi-board__number">
        <CareNeeds row={row} t={t} locale={locale} />
      </td>
      <td className="machi-board__number">
        {t('shelter.board.requests', {
          count: formatCount(shelter.status.openSupplyRequests, locale),
        })}
      </td>
      <td className="machi-board__last">
        <LastReport row={row} t={t} locale={locale} />
      </td>
    </tr>
  );
});

/**
 * The board as a real table: a caption, column headers that sort (a button in each, the order in
 * `aria-sort` on the sorted one), and the shelter's name as each row's header.
 */
export function BoardTable({
  rows,
  sort,
  onSort,
  caption,
  link,
  t,
  locale,
}: {
  rows: readonly BoardRow[];
  sort: BoardSort;
  onSort: (key: BoardSortKey) => void;
  caption: string;
  link: ShelterLink;
  t: Translate;
  locale: Locale;
}) {
  return (
    <table className="machi-board__table">
      <caption className="machi-board__caption">{caption}</caption>
      <thead>
        <tr>
          {boardSortKeys.map((key) => {
            const sorted = sort.key === key;
            return (
              <th
                key={key}
                scope="col"
                aria-sort={sorted ? sort.direction : undefined}
                data-column={key}
              >
                <button
                  type="button"
                  className="machi-board__sort machi-focus-ring"
                  onClick={() => onSort(key)}
                >
                  {t(`shelter.board.column.${key}`)}
                  <span
                    aria-hidden="true"
                    className="machi-board__arrow"
                    data-direction={sorted ? sort.direction : 'none'}
                  >
                    {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '⇅'}
                  </span>
                  {!sorted && <VisuallyHidden>{t('shelter.board.sortable')}</VisuallyHidden>}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <BoardTableRow
            key={row.shelter.nationalShelterId}
            row={row}
            link={link}
            t={t}
            locale={locale}
          />
        ))}
      </tbody>
    </table>
  );
}
