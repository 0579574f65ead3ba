/**
 * Debian's Chromium and the flags it needs on these machines: no sandbox (CI runs as root), and no
 * background networking (the machines have no Internet; Chromium would otherwise retry for ever).
 * Shared by the Storybook browser tests, the packages' browser tests and the portal's end-to-end tests.
 */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, headless Chromium. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Camera and microphone from Chromium's test pattern, with permission prompts answered yes. */
export const fakeMediaArgs = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
