#!/usr/bin/env node
/**
 * Writes src/styles/tokens.css and src/styles/themes.css from @digital-go-jp/design-tokens.
 * Values are copied as literals so our bundle never carries the whole DADS stylesheet.
 *
 *   node scripts/generate-tokens.mjs          write the files
 *   node scripts/generate-tokens.mjs --check  exit 1 when the committed files are out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dads = require('@digital-go-jp/design-tokens');
const dadsVersion = require('@digital-go-jp/design-tokens/package.json').version;

/** Reads one DADS token by its dotted path, e.g. `Color.Primitive.Blue.900`. */
function token(path) {
  let node = dads;
  for (const part of path.split('.')) {
    node = node?.[part];
    if (node === undefined) throw new Error(`DADS token not found: ${path}`);
  }
  const value = node.$value;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new Error(`DADS token has no value: ${path}`);
  }
  return String(value);
}

const color = (family, step) => token(`Color.Primitive.${family}.${step}`);
const gray = (step) => token(`Color.Neutral.SolidGray.${step}`);
const white = token('Color.Neutral.White');
const black = token('Color.Neutral.Black');

// DADS gives only the Noto Sans JP family; the fallbacks are the Japanese system fonts of each
// platform (macOS/iOS, Windows, Android/Linux), so nothing has to be downloaded.
const fontFamily = [
  token('FontFamily.Sans').split(',')[0].trim().replace(/'/g, '"'),
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"BIZ UDPGothic"',
  '"Yu Gothic UI"',
  '"Yu Gothic"',
  'Meiryo',
  '"Noto Sans CJK JP"',
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'system-ui',
  'sans-serif',
].join(', ');
const fontFamilyMono = [
  token('FontFamily.Mono').split(',')[0].trim().replace(/'/g, '"'),
  'ui-monospace',
  '"BIZ UDGothic"',
  'Menlo',
  'Consolas',
  'monospace',
].join(', ');

/** The default theme: DADS colours chosen so every text pair reaches 4.5:1 (tested). */
const defaultColors = {
  primary: color('Blue', 900),
  'primary-hover': color('Blue', 1000),
  'primary-active': color('Blue', 1200),
  'on-primary': white,
  text: gray(800),
  'text-muted': gray(600),
  background: white,
  surface: white,
  'surface-muted': gray(50),
  border: gray(420),
  'border-strong': gray(600),
  // The second tone of the focus ring (DADS yellow); the outline itself is --machi-focus-ring-color.
  'focus-ring': color('Yellow', 300),
  // DADS Error.2 rather than Error.1: Error.1 drops under 4.5:1 on the error surface.
  error: token('Color.Semantic.Error.2'),
  'error-surface': color('Red', 50),
  success: token('Color.Semantic.Success.2'),
  'success-surface': color('Green', 50),
  // One step darker than DADS Warning.Yellow.2 so the text keeps 4.5:1 on the warning surface.
  warning: color('Yellow', 1000),
  'warning-surface': color('Yellow', 50),
  info: color('LightBlue', 900),
  'info-surface': color('LightBlue', 50),
  link: color('Blue', 1000),
  'link-visited': color('Magenta', 900),
  disabled: gray(300),
  'on-disabled': gray(50),
  overlay: token('Color.Neutral.OpacityGray.500'),
};

/** High contrast: white on black, pale hues for states, yellow focus; every text pair ≥ 7:1 (tested). */
const highContrastColors = {
  primary: color('Yellow', 300),
  'primary-hover': color('Yellow', 200),
  'primary-active': color('Yellow', 100),
  'on-primary': black,
  text: white,
  'text-muted': gray(100),
  background: black,
  surface: black,
  'surface-muted': gray(900),
  border: white,
  'border-strong': white,
  'focus-ring': color('Yellow', 300),
  error: color('Red', 300),
  'error-surface': black,
  success: color('Green', 300),
  'success-surface': black,
  warning: color('Yellow', 300),
  'warning-surface': black,
  info: color('LightBlue', 300),
  'info-surface': black,
  link: color('LightBlue', 300),
  'link-visited': color('Magenta', 300),
  disabled: gray(700),
  'on-disabled': gray(200),
  overlay: token('Color.Neutral.OpacityGray.800'),
};

/** Windows contrast themes: system colours, so the user's palette wins and borders stay visible. */
const forcedColors = {
  primary: 'ButtonText',
  'primary-hover': 'Highlight',
  'primary-active': 'Highlight',
  'on-primary': 'ButtonFace',
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  background: 'Canvas',
  surface: 'Canvas',
  'surface-muted': 'Canvas',
  border: 'CanvasText',
  'border-strong': 'CanvasText',
  'focus-ring': 'Highlight',
  error: 'CanvasText',
  'error-surface': 'Canvas',
  success: 'CanvasText',
  'success-surface': 'Canvas',
  warning: 'CanvasText',
  'warning-surface': 'Canvas',
  info: 'CanvasText',
  'info-surface': 'Canvas',
  link: 'LinkText',
  'link-visited': 'VisitedText',
  disabled: 'GrayText',
  'on-disabled': 'GrayText',
  overlay: 'Canvas',
};

const px = (value) => `${value / 16}rem`;

/** Everything that does not change between themes. Sizes are rem so they follow the user's font size. */
const scale = {
  'font-family': fontFamily,
  'font-family-mono': fontFamilyMono,
  // DADS has no size under 14px; xs and sm share that floor so nothing at a kiosk is smaller.
  'font-size-xs': token('FontSize.14'),
  'font-size-sm': token('FontSize.14'),
  'font-size-md': token('FontSize.16'),
  'font-size-lg': token('FontSize.18'),
  'font-size-xl': token('FontSize.20'),
  'font-size-2xl': token('FontSize.24'),
  'font-size-3xl': token('FontSize.32'),
  'line-height-tight': token('LineHeight.130'),
  'line-height-normal': token('LineHeight.150'),
  'line-height-relaxed': token('LineHeight.170'),
  'font-weight-normal': token('FontWeight.400'),
  'font-weight-bold': token('FontWeight.700'),
  ...Object.fromEntries(
    [4, 8, 12, 16, 24, 32, 40, 48].map((size, i) => [`space-${i + 1}`, px(size)]),
  ),
  'radius-sm': token('BorderRadius.4'),
  'radius-md': token('BorderRadius.8'),
  'radius-lg': token('BorderRadius.16'),
  'radius-full': token('BorderRadius.Full'),
  'elevation-1': token('Elevation.1'),
  'elevation-2': token('Elevation.2'),
  'elevation-3': token('Elevation.3'),
  // DADS focus: a thick black outline with the yellow focus colour filling the offset gap.
  'focus-ring-width': '4px',
  'focus-ring-color': black,
  'focus-ring-offset': '2px',
  'target-size': px(48),
  'duration-fast': '100ms',
  'duration-normal': '200ms',
  'content-max-width': px(1120),
};

const header = (what) =>
  `/* Generated by scripts/generate-tokens.mjs from @digital-go-jp/design-tokens ${dadsVersion}: ${what}.\n   Do not edit; change the script and run \`node scripts/generate-tokens.mjs\`. */\n`;

function block(selector, entries, indent = '', declarations = []) {
  const lines = [
    ...declarations.map((declaration) => `${indent}  ${declaration};`),
    ...Object.entries(entries).map(([name, value]) => `${indent}  --machi-${name}: ${value};`),
  ];
  return `${indent}${selector} {\n${lines.join('\n')}\n${indent}}\n`;
}

const prefix = (entries, group) =>
  Object.fromEntries(Object.entries(entries).map(([name, value]) => [`${group}-${name}`, value]));

// `:where()` keeps the default theme at zero specificity, so a city's own rule (or our
// high-contrast rule) replaces it whatever the order of the stylesheets.
const defaultSelector = ':where(:root, [data-machi-theme])';

/** The contents of src/styles/tokens.css. */
export function renderTokens() {
  return [
    header('scale and default theme'),
    block(defaultSelector, { ...prefix(defaultColors, 'color'), ...scale }),
    '\n@media (prefers-reduced-motion: reduce) {\n',
    block(defaultSelector, { 'duration-fast': '0s', 'duration-normal': '0s' }, '  '),
    '}\n',
  ].join('');
}

/** The contents of src/styles/themes.css. */
export function renderThemes() {
  return [
    header('high contrast and forced colours'),
    // color-scheme: dark makes native parts (checkbox ticks, the date picker, scroll bars) dark too.
    block(
      '[data-machi-theme="high-contrast"]',
      { ...prefix(highContrastColors, 'color'), 'focus-ring-color': color('Yellow', 300) },
      '',
      ['color-scheme: dark'],
    ),
    // After high contrast and more specific than the default: the system palette always wins.
    '\n@media (forced-colors: active) {\n',
    block(
      ':root, [data-machi-theme]',
      { ...prefix(forcedColors, 'color'), 'focus-ring-color': 'Highlight' },
      '  ',
    ),
    '}\n',
  ].join('');
}

const outputs = {
  'tokens.css': renderTokens,
  'themes.css': renderThemes,
};

function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, render] of Object.entries(outputs)) {
    const target = fileURLToPath(new URL(`../src/styles/${file}`, import.meta.url));
    const expected = render();
    if (check) {
      let actual = '';
      try {
        actual = readFileSync(target, 'utf8');
      } catch {}
      if (actual !== expected) stale.push(file);
    } else {
      writeFileSync(target, expected);
    }
  }
  if (stale.length > 0) {
    console.error(
      `src/styles/${stale.join(', ')} out of date with @digital-go-jp/design-tokens ${dadsVersion}; run node scripts/generate-tokens.mjs`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
