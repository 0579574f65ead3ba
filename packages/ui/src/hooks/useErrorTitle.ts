import { useEffect } from 'react';
import { useUiTranslator } from './useUiTranslator';

/**
 * Prefixes `document.title` with "エラー：" (in the current locale) while a form shows errors, as
 * GOV.UK does: the title is the first thing a screen reader announces after a full-page submit, and
 * what a user sees in the tab. Removes the prefix when the errors are fixed or the page unmounts.
 */
export function useErrorTitle(hasErrors: boolean): void {
  const t = useUiTranslator();
  const prefix = t('ui.errorSummary.titlePrefix');
  useEffect(() => {
    if (!hasErrors) return;
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      // Strip rather than restore a saved title: the page may have renamed itself meanwhile.
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [hasErrors, prefix]);
}
