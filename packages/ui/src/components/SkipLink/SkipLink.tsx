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
 * screen readers start reading there — browsers do not always do that for an in-page link.
 */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { targetId = 'main', className, children, onClick, ...props },
  ref,
) {
  const t = useUiTranslator();
  return (
    <a
      {...props}
      ref={ref}
      href={`#${targetId}`}
      className={className ? `machi-skip-link ${className}` : 'machi-skip-link'}
      onClick={(event) => {
        onClick?.(event);
        const target = document.getElementById(targetId);
        // The default action (updating the URL's hash) stays, as it does without JavaScript.
        if (target && !event.defaultPrevented) focusTemporarily(target);
      }}
    >
      {children ?? t('ui.skipLink.label')}
    </a>
  );
});
