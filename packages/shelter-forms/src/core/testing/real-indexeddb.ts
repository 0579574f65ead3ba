// Stands in for `fake-indexeddb/auto` in the Chromium tests (vitest.browser.config.ts): the
// outbox's test helpers import it, and there it must not replace the browser's real IndexedDB.
export {};
