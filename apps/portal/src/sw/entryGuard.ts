// Whether someone is in the middle of entering something, so an update (which reloads the page)
// is not offered then. Two sources: holds that a page takes explicitly (a report form from the
// first keystroke until the report is queued), and any <form> with input since its last submit.

type Listener = () => void;

const holds = new Set<symbol>();
const dirtyForms = new Set<HTMLFormElement>();
const listeners = new Set<Listener>();
let listening = false;

function notify() {
  for (const listener of listeners) listener();
}

function onInput(event: Event) {
  const form = (event.target as Element | null)?.closest?.('form');
  if (form && !dirtyForms.has(form)) {
    dirtyForms.add(form);
    notify();
  }
}

function onSubmit(event: Event) {
  if (dirtyForms.delete(event.target as HTMLFormElement)) notify();
}

function listen() {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onInput, true);
  document.addEventListener('submit', onSubmit, true);
}

/** True while a hold is taken or a form still on the page has input that was not submitted. */
export function isEntryInProgress(): boolean {
  for (const form of dirtyForms) if (!form.isConnected) dirtyForms.delete(form);
  return holds.size > 0 || dirtyForms.size > 0;
}

/** Calls `listener` when entry may have started or ended; returns the unsubscribe function. */
export function subscribeEntry(listener: Listener): () => void {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks entry in progress until the returned release function is called. */
export function holdEntry(): () => void {
  const token = Symbol('entry');
  holds.add(token);
  notify();
  return () => {
    if (holds.delete(token)) notify();
  };
}

/** Starts watching forms for input (call once, early, so no keystroke is missed). */
export function watchEntry(): void {
  listen();
}
