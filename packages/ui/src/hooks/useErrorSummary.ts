import { type MouseEvent, useEffect, useRef } from 'react';
import { isFocusable } from './focus';

/** Options of {@link useErrorSummary}. */
export interface UseErrorSummaryOptions {
  /** Whether there is anything to summarise; nothing takes focus when there is not. */
  hasErrors: boolean;
  /** Change it on every failed submit (a counter works) so the summary takes focus again. */
  focusKey?: unknown;
  /** Set to `false` to leave focus alone (e.g. a summary rendered on page load by the server). */
  autoFocus?: boolean;
}

const CONTROLS = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

/** The control a summary link should focus: the element itself, or the first control of a group. */
function controlFor(target: HTMLElement): HTMLElement | null {
  if (isFocusable(target) && !(target instanceof HTMLFieldSetElement)) return target;
  return target.querySelector<HTMLElement>(CONTROLS);
}

function isChoice(control: HTMLElement): boolean {
  return (
    control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')
  );
}

/**
 * What to scroll into view before focusing: the question, not only the box. Browsers scroll a
 * focused input to the top edge, hiding its label — a screen-magnifier or low-vision user would then
 * see an empty box with no question. Same choice as GOV.UK: a legend for choices and for fields whose
 * legend fits on screen with them (the three parts of a date), otherwise the field's label.
 */
function questionFor(control: HTMLElement, groupTarget: boolean): HTMLElement | null {
  const legend = control.closest('fieldset')?.querySelector('legend');
  if (legend) {
    if (groupTarget || isChoice(control)) return legend;
    const legendTop = legend.getBoundingClientRect().top;
    const rect = control.getBoundingClientRect();
    if (rect.height && window.innerHeight) {
      if (rect.top + rect.height - legendTop < window.innerHeight / 2) return legend;
    }
  }
  const labels = (control as HTMLInputElement).labels;
  return labels?.[0] ?? control.closest('label');
}

/**
 * Moves focus to the field an error is about (by its control id, or a fieldset's id) and scrolls its
 * label or legend into view. Returns `false` when no such field is on the page.
 */
export function focusErrorField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = controlFor(target);
  if (!control) return false;
  questionFor(control, control !== target)?.scrollIntoView?.();
  control.focus({ preventScroll: true });
  return true;
}

/**
 * Behaviour of an error summary (GOV.UK pattern): the summary takes focus when it appears and after
 * each failed submit, and its links move focus to the fields. Returns a ref for the summary element
 * and a click handler for links whose `href` is `#<control id>`.
 */
export function useErrorSummary({ hasErrors, focusKey, autoFocus = true }: UseErrorSummaryOptions) {
  const summaryRef = useRef<HTMLElement | null>(null);

  // Focusing the summary (rather than announcing it) puts a screen reader's reading position on its
  // heading, so the user hears that there are errors and can Tab straight to the links.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger, by design
  useEffect(() => {
    if (autoFocus && hasErrors) summaryRef.current?.focus();
  }, [autoFocus, hasErrors, focusKey]);

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const id = decodeURIComponent(event.currentTarget.hash.slice(1));
    // Only when the field exists; otherwise the browser follows the link as it would without JS.
    if (id && focusErrorField(id)) event.preventDefault();
  };

  return { summaryRef, onLinkClick };
}
