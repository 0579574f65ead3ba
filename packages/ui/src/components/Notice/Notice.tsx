import { forwardRef, type HTMLAttributes, type ReactNode, useEffect, useState } from 'react';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
import { NoticeIcon } from './NoticeIcon';
import './notice.css';

/** What a notice is about; sets its icon, its colours and its words for screen readers. */
export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/** Props of {@link Notice}: a div's native props, with `title` as a node. */
export interface NoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** What kind of message this is. Defaults to `info`. */
  tone?: NoticeTone;
  /** The notice's heading. Defaults to the tone's name (お知らせ, 完了, 注意, エラー). */
  title?: ReactNode;
  /** The heading level of the title, to fit the page's outline. Defaults to 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Announce the notice to screen readers when it appears: politely (`role="status"`) for info,
   * success and warning, at once (`role="alert"`) for errors. For notices that appear after an
   * action; leave off for ones that are part of the page from the start (or rendered on the server).
   */
  announce?: boolean;
}

/**
 * A message box in one of four tones: icon, title and text. Tone is given by shape and words as well
 * as colour. Exported also as `Alert`.
 */
export const Notice = /* @__PURE__ */ forwardRef<HTMLDivElement, NoticeProps>(function Notice(
  { tone = 'info', title, headingLevel = 2, announce = false, children, className, ...props },
  ref,
) {
  const t = useUiTranslator();
  const toneName = t(`ui.notice.${tone}`);
  // A live region is announced when its content changes, not when it is inserted already full
  // (NVDA and VoiceOver skip that case), so an announcing notice mounts empty and fills one tick later.
  const [filled, setFilled] = useState(!announce);
  useEffect(() => setFilled(true), []);
  const Heading = `h${headingLevel}` as const;

  return (
    <div
      ref={ref}
      role={announce ? (tone === 'error' ? 'alert' : 'status') : undefined}
      data-tone={tone}
      className={className ? `machi-notice ${className}` : 'machi-notice'}
      {...props}
    >
      {filled && (
        <>
          <NoticeIcon tone={tone} />
          <div className="machi-notice__body">
            <Heading className="machi-notice__title">
              {title === undefined ? (
                toneName
              ) : (
                <>
                  <VisuallyHidden>{t('ui.notice.toneLabel', { tone: toneName })}</VisuallyHidden>
                  {title}
                </>
              )}
            </Heading>
            {children !== undefined && <div className="machi-notice__content">{children}</div>}
          </div>
        </>
      )}
    </div>
  );
});

/** The same component as {@link Notice}, under the name other design systems use. */
export const Alert = Notice;
