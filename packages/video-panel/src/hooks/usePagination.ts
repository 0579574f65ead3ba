import { useState } from 'react';

/** What {@link usePagination} returns: the visible items and the page controls' props. */
export interface Pagination<T> {
  /** The items on the current page. */
  items: readonly T[];
  /** 1-based current page. */
  page: number;
  /** Number of pages (at least 1). */
  pageCount: number;
  /** Props for the "previous" button. */
  previousProps: { onClick: () => void; disabled: boolean };
  /** Props for the "next" button. */
  nextProps: { onClick: () => void; disabled: boolean };
}

/** Splits items into pages of `pageSize`; the page is clamped when people leave. */
export function usePagination<T>(all: readonly T[], pageSize: number): Pagination<T> {
  const [wanted, setPage] = useState(1);
  const size = Math.max(1, pageSize);
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const page = Math.min(wanted, pageCount);
  return {
    items: all.slice((page - 1) * size, page * size),
    page,
    pageCount,
    previousProps: { onClick: () => setPage(page - 1), disabled: page <= 1 },
    nextProps: { onClick: () => setPage(page + 1), disabled: page >= pageCount },
  };
}
