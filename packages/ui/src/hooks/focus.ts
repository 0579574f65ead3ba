// DOM focus helpers shared by the behaviour hooks (focus trap, error summary, skip link).
// They run only in event handlers and effects, so importing this file under SSR is safe.

const TABBABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

function isHidden(element: HTMLElement): boolean {
  return element.closest('[hidden], [inert]') !== null;
}

/** Of a radio group only the checked radio (or the first, when none is) is a Tab stop. */
function isRadioTabStop(element: HTMLElement, container: ParentNode): boolean {
  if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) {
    return true;
  }
  const group = Array.from(
    container.querySelectorAll<HTMLInputElement>(`input[type="radio"]`),
  ).filter((radio) => radio.name === element.name && !radio.disabled);
  const checked = group.find((radio) => radio.checked);
  return checked ? checked === element : group[0] === element;
}

/** The elements Tab reaches inside a container, in document order (positive tabindex is not used here). */
export function tabbableElements(container: ParentNode): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => element.tabIndex >= 0 && !isHidden(element) && isRadioTabStop(element, container),
  );
}

/** Whether an element takes focus by itself (a control, a link, or anything with a tabindex). */
export function isFocusable(element: HTMLElement): boolean {
  return element.matches(TABBABLE) && !isHidden(element);
}

/**
 * Focuses an element that is not normally focusable (a `<main>`, a heading) by giving it
 * `tabindex="-1"` for as long as it has focus. The attribute goes on blur so a later mouse click
 * inside the region does not draw a focus outline around all of it.
 */
export function focusTemporarily(element: HTMLElement): void {
  if (!isFocusable(element)) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}
