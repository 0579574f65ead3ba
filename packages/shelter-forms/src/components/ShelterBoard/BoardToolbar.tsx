import { CheckboxGroup, Field, Select, TextInput, type Translate } from '@machi-dx/ui';
import { useId } from 'react';
import { type BoardFilter, type BoardSort, type BoardSortKey, boardSortKeys } from '../hq/board';

const statuses: readonly BoardFilter['status'][] = [
  'all',
  'open',
  'not_opened',
  'closed',
  'unknown',
  'not_reported',
];

/**
 * Search and filters of the board, and (for the card layout, which has no column headers) the sort.
 * A search landmark, so a screen-reader user finds it from anywhere on the HQ page.
 */
export function BoardToolbar({
  filter,
  onFilter,
  sort,
  onSort,
  showSort,
  t,
}: {
  filter: BoardFilter;
  onFilter: (update: Partial<BoardFilter>) => void;
  sort: BoardSort;
  onSort: (key: BoardSortKey, direction: BoardSort['direction']) => void;
  showSort: boolean;
  t: Translate;
}) {
  const id = useId();
  return (
    <search aria-label={t('shelter.board.filter.title')} className="machi-board__toolbar">
      <Field id={`${id}-text`} label={t('shelter.board.filter.text')} hideRequirement>
        <TextInput
          type="search"
          value={filter.text}
          onChange={(event) => onFilter({ text: event.target.value })}
        />
      </Field>
      <Field id={`${id}-status`} label={t('shelter.board.filter.status')} hideRequirement>
        <Select
          value={filter.status}
          onChange={(event) => onFilter({ status: event.target.value as BoardFilter['status'] })}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`shelter.board.filter.${status}`)}
            </option>
          ))}
        </Select>
      </Field>
      {showSort && (
        <Field id={`${id}-sort`} label={t('shelter.board.sort')} hideRequirement>
          <Select
            value={`${sort.key}:${sort.direction}`}
            onChange={(event) => {
              const [key, direction] = event.target.value.split(':') as [
                BoardSortKey,
                BoardSort['direction'],
              ];
              onSort(key, direction);
            }}
          >
            {boardSortKeys.flatMap((key) =>
              (['ascending', 'descending'] as const).map((direction) => (
                <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                  {t('shelter.board.sortedBy', {
                    column: t(`shelter.board.column.${key}`),
                    direction: t(`shelter.board.direction.${direction}`),
                  })}
                </option>
              )),
            )}
          </Select>
        </Field>
      )}
      <CheckboxGroup
        id={`${id}-only`}
        name={`${id}-only`}
        label={t('shelter.board.filter.only')}
        hideRequirement
        orientation="horizontal"
        options={[
          { value: 'staleOnly', label: t('shelter.board.filter.staleOnly') },
          { value: 'suppliesOnly', label: t('shelter.board.filter.suppliesOnly') },
        ]}
        value={[
          ...(filter.staleOnly ? ['staleOnly'] : []),
          ...(filter.suppliesOnly ? ['suppliesOnly'] : []),
        ]}
        onChange={(only) =>
          onFilter({
            staleOnly: only.includes('staleOnly'),
            suppliesOnly: only.includes('suppliesOnly'),
          })
        }
      />
    </search>
  );
}
