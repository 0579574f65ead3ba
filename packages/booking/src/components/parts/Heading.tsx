import type { NoticeProps } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes } from 'react';

/** A heading level a part may render at, so it fits the host page's outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** Props of {@link Heading}. */
export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** `h1` … `h5`. */
  level: HeadingLevel;
}

/** Internal: a heading whose level is a prop. */
export const Heading = /* @__PURE__ */ forwardRef<HTMLHeadingElement, HeadingProps>(
  function Heading({ level, ...props }, ref) {
    const Tag = `h${level}` as const;
    return <Tag ref={ref} {...props} />;
  },
);

/** The level below `level`, capped at h5 (used for a part's own sub-sections). */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 5) as HeadingLevel;
}

/** The level for a ui Notice's title at `level` (Notice titles start at h2). */
export function noticeLevel(level: HeadingLevel): NoticeProps['headingLevel'] {
  return Math.max(2, level) as NoticeProps['headingLevel'];
}
