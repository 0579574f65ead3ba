import { useRef, useState } from 'react';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';

/** Selects an element's text, so a resident can copy it by hand when the clipboard is refused. */
function selectText(element: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Internal: the reference, big, with a copy button that says what happened. */
export function ReferenceCopy({ reference }: { reference: string }) {
  const t = useFlowTranslator();
  const textRef = useRef<HTMLSpanElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reference);
      setStatus(t('booking.confirmation.copied'));
    } catch {
      // No clipboard (insecure page, refused permission): select it so Ctrl+C or a long press works.
      if (textRef.current) selectText(textRef.current);
      setStatus(t('booking.confirmation.copyFailed'));
    }
  };
  return (
    <div className="machi-confirmation__reference">
      <span className="machi-confirmation__reference-label">{t('booking.summary.reference')}</span>
      <span ref={textRef} className="machi-confirmation__reference-value">
        {reference}
      </span>
      <button
        type="button"
        className="machi-confirmation__copy machi-focus-ring"
        data-print="hide"
        onClick={copy}
      >
        {t('booking.confirmation.copy')}
      </button>
      <span role="status" className="machi-confirmation__copy-status">
        {status}
      </span>
    </div>
  );
}
