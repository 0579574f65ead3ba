import { useLocale } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, useMemo, useRef } from 'react';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { useNow } from '../../hooks/useNow';
import { useShelterBoard } from '../../hooks/useShelterBoard';
import { useHqTranslator } from '../../hooks/useShelterFormsTranslator';
import type { BoardFilter, BoardSort } from '../hq/board';
import type { ShelterLink } from '../hq/cells';
import type { HqShelter } from '../hq/types';
import { BoardCards } from './BoardCards';
import { BoardTable } from './BoardTable';
import { BoardToolbar } from './BoardToolbar';
import './shelter-board.css';

/** Props of {@link ShelterBoard}. */
export interface ShelterBoardProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Every shelter with its latest status: `GET /api/v1/shelters` → `shelters`. */
  shelters: readonly HqShelter[];
  /** An open shelter silent for longer than this is stale (the server's `staleAfterMinutes`). Default 180. */
  staleAfterMinutes?: number | undefined;
  /** The time to draw at; by default the board's own clock, re-read every 30 s. */
  now?: Date | number | undefined;
  /** Makes each name a link to the shelter's detail. */
  shelterHref?: ((nationalShelterId: string) => string) | undefined;
  /** Makes each name a button that opens the shelter's detail (when there is no `shelterHref`). */
  onSelectShelter?: ((nationalShelterId: string) => void) | undefined;
  /** `table`, `cards`, or `auto` (default): cards below 48em wide. */
  layout?: 'auto' | 'table' | 'cards' | undefined;
  /** The table caption / list name. Default 避難所の状況. */
  caption?: string | undefined;
  /** The level of each card's heading in the page outline. Default 3. */
  cardHeadingLevel?: 3 | 4 | undefined;
  /** The first sort; default: longest silence first. */
  defaultSort?: BoardSort | undefined;
  /** The first filter; default: every shelter. */
  defaultFilter?: Partial<BoardFilter> | undefined;
}

/**
 * Every shelter at a glance for the disaster response HQ: opening status, evacuees, people needing
 * care, open supply requests and the time since the last report, with silent shelters marked
 * 報告途絶 (in words and a warning sign, not colour alone). Search, filter and sort; a real table
 * with sortable column headers on a wide screen, cards on a narrow one. No map needed. Built for
 * hundreds of shelters updated live: an update re-renders only the rows that changed.
 */
export const ShelterBoard = /* @__PURE__ */ forwardRef<HTMLDivElement, ShelterBoardProps>(
  function ShelterBoard(
    {
      shelters,
      staleAfterMinutes,
      now: fixedNow,
      shelterHref,
      onSelectShelter,
      layout = 'auto',
      caption,
      cardHeadingLevel = 3,
      defaultSort,
      defaultFilter,
      className,
      ...props
    },
    ref,
  ) {
    const t = useHqTranslator();
    const { locale } = useLocale();
    const now = useNow(fixedNow);
    const board = useShelterBoard(shelters, { now, staleAfterMinutes, defaultSort, defaultFilter });
    const narrow = useMediaQuery('(max-width: 47.99em)');
    const cards = layout === 'cards' || (layout === 'auto' && narrow);

    // The link handlers go through refs: a parent passing new arrow functions on every render must
    // not re-render five hundred rows.
    const handlers = useRef({ shelterHref, onSelectShelter });
    handlers.current = { shelterHref, onSelectShelter };
    const hasHref = shelterHref !== undefined;
    const hasSelect = onSelectShelter !== undefined;
    const link = useMemo<ShelterLink>(
      () => ({
        href: hasHref ? (id) => handlers.current.shelterHref?.(id) ?? '#' : undefined,
        onSelect:
          !hasHref && hasSelect ? (id) => handlers.current.onSelectShelter?.(id) : undefined,
      }),
      [hasHref, hasSelect],
    );

    const title = caption ?? t('shelter.board.caption');
    const summary = `${t('shelter.board.count', { shown: board.rows.length, total: board.all.length })} ${t(
      'shelter.board.sortedBy',
      {
        column: t(`shelter.board.column.${board.sort.key}`),
        direction: t(`shelter.board.direction.${board.sort.direction}`),
      },
    )}`;

    return (
      <div
        ref={ref}
        className={className ? `machi-board ${className}` : 'machi-board'}
        data-layout={cards ? 'cards' : 'table'}
        {...props}
      >
        <BoardToolbar
          filter={board.filter}
          onFilter={board.setFilter}
          sort={board.sort}
          onSort={board.sortBy}
          showSort={cards}
          t={t}
        />
        <p role="status" className="machi-board__summary">
          {summary}
        </p>
        {board.rows.length === 0 ? (
          <p className="machi-board__empty">{t('shelter.board.empty')}</p>
        ) : cards ? (
          <BoardCards
            rows={board.rows}
            link={link}
            t={t}
            locale={locale}
            level={cardHeadingLevel}
            label={title}
          />
        ) : (
          <div className="machi-board__scroll">
            <BoardTable
              rows={board.rows}
              sort={board.sort}
              onSort={(key) => board.sortBy(key)}
              caption={title}
              link={link}
              t={t}
              locale={locale}
            />
          </div>
        )}
      </div>
    );
  },
);
