import { type AnchorHTMLAttributes, forwardRef } from 'react';
import { focusTemporarily } from '../../hooks/focus';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import './skip-link.css';

/** Props of {@link SkipLink}: a link's native props (`href` comes from `targetId`). */
export interface SkipLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The id of the main content. Defaults to `main`. */
  targetId?: string;
}

/**
 * "本文へ移動": render it first in `<body>` so it is the first Tab stop. Hidden until focused. It moves
 * focus (not only the scroll position) to the target, so the next Tab continues from the content and
 * screen readers start reading there — browsers do not always do that for an in-page link. Without
 * JavaScript it is a plain `#main` link.
 */
export const SkipLink = /* @__PURE__ */ forwardRef<HTMLAnchorElement, SkipLinkProps>(
  function SkipLink({ targetId = 'main', className, children, onClick, ...props }, ref) {
    const t = useUiTranslator();
    return (
      <a
        {...props}
        ref={ref}
        href={`#${targetId}`}
        className={
          className
            ? `machi-skip-link machi-focus-ring ${className}`
            : 'machi-skip-link machi-focus-ring'
        }
        onClick={(event) => {
          onClick?.(event);
          const target = document.getElementById(targetId);
          if (!target || event.defaultPrevented) return;
          // Handled here, so the URL's hash stays as it was: a hash router or a page with a
          // `<base href>` would otherwise treat "#main" as navigation. Focusing scrolls to it anyway.
          event.preventDefault();
          focusTemporarily(target);
        }}
      >
        {children ?? t('ui.skipLink.label')}
      </a>
    );
  },
);
