import { createContext, type RefObject, useContext } from 'react';

/** What a Dialog shares with its parts. */
export interface DialogContextValue {
  /** Whether the dialog is open. */
  open: boolean;
  /** Asks to open or close it (goes through `onOpenChange` when controlled). */
  setOpen: (open: boolean) => void;
  /** The `<dialog>` element's id, for the trigger's `aria-controls`. */
  contentId: string;
  /** The DialogTitle's id, for `aria-labelledby`. */
  titleId: string;
  /** The DialogDescription's id, for `aria-describedby`. */
  descriptionId: string;
  /** Whether a DialogDescription is rendered, so `aria-describedby` never points at nothing. */
  hasDescription: boolean;
  setHasDescription: (has: boolean) => void;
  /** The DialogTrigger, where focus returns on close when nothing else had focus. */
  triggerRef: RefObject<HTMLButtonElement | null>;
}

/** The context behind the Dialog parts; `null` outside a Dialog. */
export const DialogContext = /* @__PURE__ */ createContext<DialogContextValue | null>(null);

/** The context for one part, with a clear error when the part is used outside a Dialog. */
export function useDialogContext(part: string): DialogContextValue {
  const context = useContext(DialogContext);
  if (!context) throw new Error(`<${part}> must be used inside <Dialog>.`);
  return context;
}

/** The nearest Dialog's open state and setter, e.g. to close it after a form inside it is sent. */
export function useDialog(): { open: boolean; setOpen: (open: boolean) => void } {
  const { open, setOpen } = useDialogContext('useDialog');
  return { open, setOpen };
}
