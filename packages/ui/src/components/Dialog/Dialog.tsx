import {
  type ButtonHTMLAttributes,
  type DialogHTMLAttributes,
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useComposedRefs } from '../../hooks/useComposedRefs';
import { useControllableState } from '../../hooks/useControllableState';
import { DialogContext, useDialogContext } from '../../hooks/useDialog';
import { useFocusTrap } from '../../hooks/useFocusTrap';
import { useScrollLock } from '../../hooks/useScrollLock';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import './dialog.css';

/** Props of {@link Dialog}, the root that holds the open state. */
export interface DialogProps {
  /** Whether the dialog is open, when the parent owns the state. */
  open?: boolean;
  /** Whether it starts open, when the dialog owns the state. Defaults to `false`. */
  defaultOpen?: boolean;
  /** Called when a part asks to open or close (trigger, close button, Escape). */
  onOpenChange?: (open: boolean) => void;
  /** The parts: DialogTrigger and DialogContent (with DialogTitle, DialogDescription, DialogClose). */
  children?: ReactNode;
}

/** A modal dialog, in parts like Radix's: it renders nothing itself, only shares state. */
export function Dialog({ open, defaultOpen = false, onOpenChange, children }: DialogProps) {
  const [current, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  const [hasDescription, setHasDescription] = useState(false);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const contentId = useId();
  const titleId = useId();
  const descriptionId = useId();
  const value = useMemo(
    () => ({
      open: current,
      setOpen,
      contentId,
      titleId,
      descriptionId,
      hasDescription,
      setHasDescription,
      triggerRef,
    }),
    [current, setOpen, contentId, titleId, descriptionId, hasDescription],
  );
  return <DialogContext.Provider value={value}>{children}</DialogContext.Provider>;
}

/** Props of {@link DialogTrigger}: a button's native props. */
export type DialogTriggerProps = ButtonHTMLAttributes<HTMLButtonElement>;

/** The button that opens the dialog; focus comes back to it when the dialog closes. */
export const DialogTrigger = /* @__PURE__ */ forwardRef<HTMLButtonElement, DialogTriggerProps>(
  function DialogTrigger({ className, onClick, ...props }, ref) {
    const { open, setOpen, contentId, triggerRef } = useDialogContext('DialogTrigger');
    const composedRef = useComposedRefs(ref, triggerRef);
    return (
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        data-state={open ? 'open' : 'closed'}
        className={
          className
            ? `machi-dialog-button machi-focus-ring ${className}`
            : 'machi-dialog-button machi-focus-ring'
        }
        {...props}
        ref={composedRef}
        onClick={(event) => {
          onClick?.(event);
          if (!event.defaultPrevented) setOpen(true);
        }}
      />
    );
  },
);

/** Props of {@link DialogContent}: a `<dialog>` element's native props (`open` is the root's). */
export type DialogContentProps = Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open'>;

/**
 * The dialog itself, a native `<dialog>` opened with `showModal()`: the page behind is inert, Tab
 * stays inside, Escape closes, and focus returns where it was. Not rendered while closed. A click on
 * the backdrop does not close it, so a form half filled in on a touch-screen kiosk is not lost.
 */
export const DialogContent = /* @__PURE__ */ forwardRef<HTMLDialogElement, DialogContentProps>(
  function DialogContent(props, ref) {
    const { open } = useDialogContext('DialogContent');
    return open ? <OpenDialog {...props} ref={ref} /> : null;
  },
);

const OpenDialog = /* @__PURE__ */ forwardRef<HTMLDialogElement, DialogContentProps>(
  function OpenDialog({ className, onKeyDown, onCancel, ...props }, ref) {
    const { setOpen, contentId, titleId, descriptionId, hasDescription, triggerRef } =
      useDialogContext('DialogContent');
    const dialogRef = useRef<HTMLDialogElement | null>(null);
    const composedRef = useComposedRefs(ref, dialogRef);

    useEffect(() => {
      const dialog = dialogRef.current;
      if (!dialog) return;
      const active = document.activeElement;
      const previous = active instanceof HTMLElement && active !== document.body ? active : null;
      // Feature-detected: where showModal is missing the dialog still opens, labelled and trapped.
      if (typeof dialog.showModal === 'function') {
        if (!dialog.open) dialog.showModal();
      } else {
        dialog.setAttribute('open', '');
      }
      return () => {
        if (typeof dialog.close === 'function' && dialog.open) dialog.close();
        // Safari does not focus a clicked button, so "what had focus" may be nothing: use the trigger.
        const target = previous?.isConnected ? previous : triggerRef.current;
        target?.focus();
      };
    }, [triggerRef]);
    // Declared after the effect above so the dialog is open before focus moves into it.
    useFocusTrap(dialogRef, true);
    useScrollLock(true);

    const onEscape = (event: KeyboardEvent<HTMLDialogElement>) => {
      onKeyDown?.(event);
      // A nested dialog or an open listbox that handled Escape has already prevented it.
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        setOpen(false);
      }
    };
    // The browser's own close request (Escape, Android back): React state decides, not the browser.
    const onCloseRequest = (event: SyntheticEvent<HTMLDialogElement>) => {
      onCancel?.(event);
      const keepOpen = event.defaultPrevented;
      event.preventDefault();
      if (!keepOpen) setOpen(false);
    };

    return (
      <dialog
        id={contentId}
        aria-labelledby={titleId}
        aria-describedby={hasDescription ? descriptionId : undefined}
        aria-modal="true"
        data-state="open"
        className={
          className ? `machi-dialog machi-focus-ring ${className}` : 'machi-dialog machi-focus-ring'
        }
        {...props}
        ref={composedRef}
        onKeyDown={onEscape}
        onCancel={onCloseRequest}
      />
    );
  },
);

/** Props of {@link DialogTitle}: a heading's native props. */
export type DialogTitleProps = HTMLAttributes<HTMLHeadingElement>;

/** The dialog's heading and accessible name. */
export const DialogTitle = /* @__PURE__ */ forwardRef<HTMLHeadingElement, DialogTitleProps>(
  function DialogTitle({ className, ...props }, ref) {
    const { titleId } = useDialogContext('DialogTitle');
    return (
      <h2
        {...props}
        ref={ref}
        id={titleId}
        className={className ? `machi-dialog__title ${className}` : 'machi-dialog__title'}
      />
    );
  },
);

/** Props of {@link DialogDescription}: a paragraph's native props. */
export type DialogDescriptionProps = HTMLAttributes<HTMLParagraphElement>;

/** A short text read with the title when the dialog opens (`aria-describedby`). */
export const DialogDescription = /* @__PURE__ */ forwardRef<
  HTMLParagraphElement,
  DialogDescriptionProps
>(function DialogDescription({ className, ...props }, ref) {
  const { descriptionId, setHasDescription } = useDialogContext('DialogDescription');
  useEffect(() => {
    setHasDescription(true);
    return () => setHasDescription(false);
  }, [setHasDescription]);
  return (
    <p
      {...props}
      ref={ref}
      id={descriptionId}
      className={className ? `machi-dialog__description ${className}` : 'machi-dialog__description'}
    />
  );
});

/** Props of {@link DialogClose}: a button's native props. */
export type DialogCloseProps = ButtonHTMLAttributes<HTMLButtonElement>;

/** A button that closes the dialog. Without children it shows ✕ and the word 閉じる (Close). */
export const DialogClose = /* @__PURE__ */ forwardRef<HTMLButtonElement, DialogCloseProps>(
  function DialogClose({ className, onClick, children, ...props }, ref) {
    const { setOpen } = useDialogContext('DialogClose');
    const t = useUiTranslator();
    return (
      <button
        type="button"
        className={
          className
            ? `machi-dialog-button machi-focus-ring ${className}`
            : 'machi-dialog-button machi-focus-ring'
        }
        {...props}
        ref={ref}
        onClick={(event) => {
          onClick?.(event);
          if (!event.defaultPrevented) setOpen(false);
        }}
      >
        {children ?? (
          <>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12 19 6.4Z"
              />
            </svg>
            {t('ui.dialog.close')}
          </>
        )}
      </button>
    );
  },
);
