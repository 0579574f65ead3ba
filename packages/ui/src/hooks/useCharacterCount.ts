import { useEffect, useRef, useState } from 'react';
import { useUiTranslator } from './useUiTranslator';

/** Options of {@link useCharacterCount}. */
export interface UseCharacterCountOptions {
  /** The current text. */
  value: string;
  /** The limit; typing past it is allowed and reported as over. */
  maxCharacters: number;
  /** Id of the control, from which the limit message's id derives. */
  id: string;
  /** Milliseconds of quiet after typing before the count is announced; 1000 as in GOV.UK. */
  announceDelay?: number;
}

/** State and prop bags of a character count. */
export interface CharacterCountAria {
  /** Characters typed, counted as people count them (an emoji is one). */
  count: number;
  /** Characters left; negative when over. */
  remaining: number;
  /** Whether the text is over the limit. */
  isOver: boolean;
  /** The limit stated once, for the control's `aria-describedby`. */
  limitProps: { id: string; children: string };
  /** The visible count, hidden from screen readers so it is not read at every keystroke. */
  statusProps: { 'aria-hidden': true; 'data-over-limit': true | undefined; children: string };
  /** A polite live region that receives the count once typing pauses. */
  announcerProps: { 'aria-live': 'polite'; children: string };
}

/** Counts code points rather than UTF-16 units, so 𠮷 or 👍 counts as one character. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * GOV.UK's character count: the remaining count is always visible, and is announced politely only
 * after the user stops typing, so a screen reader is not interrupted at every key.
 */
export function useCharacterCount({
  value,
  maxCharacters,
  id,
  announceDelay = 1000,
}: UseCharacterCountOptions): CharacterCountAria {
  const t = useUiTranslator();
  const count = countCharacters(value);
  const remaining = maxCharacters - count;
  const isOver = remaining < 0;
  const message = isOver
    ? t('ui.textarea.over', { count: -remaining })
    : t('ui.textarea.remaining', { count: remaining });

  const [announcement, setAnnouncement] = useState('');
  // Read when the timer fires, so the announcement is in the locale of that moment.
  const messageRef = useRef(message);
  messageRef.current = message;
  const previousValue = useRef(value);
  useEffect(() => {
    // Only a change of the text is news; a first render or a new locale is not.
    if (previousValue.current === value) return;
    previousValue.current = value;
    const timer = setTimeout(() => setAnnouncement(messageRef.current), announceDelay);
    return () => clearTimeout(timer);
  }, [value, announceDelay]);

  return {
    count,
    remaining,
    isOver,
    limitProps: { id: `${id}-info`, children: t('ui.textarea.limit', { count: maxCharacters }) },
    statusProps: { 'aria-hidden': true, 'data-over-limit': isOver || undefined, children: message },
    announcerProps: { 'aria-live': 'polite', children: announcement },
  };
}
