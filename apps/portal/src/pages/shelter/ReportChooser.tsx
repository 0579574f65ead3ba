import { type ReportKind, reportKinds, useShelterFormsTranslator } from '@machi-dx/shelter-forms';
import { useEffect, useRef } from 'react';
import { useShelterPageTranslator } from './intl';

/** Props of {@link ReportChooser}. */
export interface ReportChooserProps {
  /** The 第n of the next status report. */
  nextStatusSequence: number;
  /** Kinds with an unfinished draft on this device. */
  drafts: ReadonlySet<ReportKind>;
  /** The kind to give focus to (the one just closed). */
  focusKind?: ReportKind | undefined;
  onChoose: (kind: ReportKind) => void;
}

/** The five kinds of report as large buttons, each saying when it is used. */
export function ReportChooser({
  nextStatusSequence,
  drafts,
  focusKind,
  onChoose,
}: ReportChooserProps) {
  const t = useShelterPageTranslator();
  const tf = useShelterFormsTranslator();
  const list = useRef<HTMLUListElement>(null);
  // Back from a form, focus returns to the report just closed (only on arrival, never later).
  const initialFocus = useRef(focusKind);
  useEffect(() => {
    if (!initialFocus.current) return;
    list.current?.querySelector<HTMLElement>(`[data-kind="${initialFocus.current}"]`)?.focus();
  }, []);
  return (
    <>
      <p>{t('portal.shelter.chooser.lead')}</p>
      <ul ref={list} className="portal-shelter-chooser">
        {reportKinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="portal-shelter-chooser__choice"
              data-kind={kind}
              aria-describedby={`shelter-choice-${kind}`}
              onClick={() => onChoose(kind)}
            >
              {tf(`shelter.reportKind.${kind}`)}
            </button>
            <span id={`shelter-choice-${kind}`} className="portal-shelter-chooser__hint">
              {t(`portal.shelter.chooser.hint.${kind}`, { n: nextStatusSequence })}
              {drafts.has(kind) && (
                <span className="portal-shelter-chooser__draft">
                  {' '}
                  {t('portal.shelter.chooser.resume')}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
