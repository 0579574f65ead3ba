import { Notice } from '@machi-dx/ui';
import type { SlotTakenNotice as Taken } from '../../core/flow/types';
import type { Slot } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { type HeadingLevel, noticeLevel } from '../parts/Heading';

/** Props of the internal 409 notice. */
export interface SlotTakenNoticeProps {
  notice: Taken;
  onChoose: (slot: Slot) => void;
  headingLevel: HeadingLevel;
}

/**
 * Internal: "the time you chose was just taken", with the server's nearby free times as one-press
 * choices, so recovering from a race costs a resident one click instead of a new search.
 */
export function SlotTakenNotice({ notice, onChoose, headingLevel }: SlotTakenNoticeProps) {
  const t = useFlowTranslator();
  const format = useBookingFormat();
  return (
    <Notice
      tone="warning"
      announce
      headingLevel={noticeLevel(headingLevel)}
      title={t('booking.slots.takenTitle')}
      className="machi-slot-taken"
    >
      <p>{t(notice.messageKey)}</p>
      <p>{t('booking.slots.takenWas', { slot: format.slot(notice.taken) })}</p>
      {notice.alternatives.length > 0 ? (
        <>
          <p>{t('booking.slots.alternatives')}</p>
          <ul className="machi-slot-taken__list">
            {notice.alternatives.map((slot) => (
              <li key={slot.start}>
                <button
                  type="button"
                  className="machi-slot-taken__choice machi-focus-ring"
                  onClick={() => onChoose(slot)}
                >
                  {t('booking.slots.chooseAlternative', { slot: format.slot(slot) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('booking.slots.noAlternatives')}</p>
      )}
    </Notice>
  );
}
