// Line icons drawn on a 24-unit grid; the words beside them carry the meaning, so they are hidden
// from assistive technology.

const paths = {
  microphone: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3ZM5 11a7 7 0 0 0 14 0M12 18v3',
  camera: 'M3 7h12v10H3zM15 10l6-3v10l-6-3',
  share: 'M3 4h18v12H3zM8 20h8M12 16v4M12 7v6M9 10l3-3 3 3',
  participants:
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM3 20a6 6 0 0 1 12 0M16 5a3 3 0 0 1 0 6M18 14a5 5 0 0 1 3 6',
  gallery: 'M3 3h8v8H3zM13 3h8v8h-8zM3 13h8v8H3zM13 13h8v8h-8z',
  settings: 'M4 6h16M4 12h16M4 18h16M8 4v4M16 10v4M10 16v4',
  keyboard: 'M2 6h20v12H2zM6 10h12M7 14h10',
  leave: 'M3 14c5-5 13-5 18 0l-2 3-4-1v-3a9 9 0 0 0-6 0v3l-4 1Z',
  off: 'M4 4l16 16',
} as const;

/** The name of one of the panel's icons. */
export type IconName = keyof typeof paths;

/** A decorative line icon; `crossed` draws a slash (camera off, microphone off). */
export function Icon({ name, crossed = false }: { name: IconName; crossed?: boolean }) {
  return (
    <svg
      className="machi-video-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
      {crossed && <path d={paths.off} />}
    </svg>
  );
}
