// Kept apart from the schemas so components can name a mode without pulling zod into the widget bundle.

/** Where a consultation happens: a booth at a branch office (支所), or from home by video. */
export const consultationModes = ['branch', 'home'] as const;

/** One of {@link consultationModes}. */
export type ConsultationMode = (typeof consultationModes)[number];

/** Whether a value is a known ConsultationMode. */
export function isConsultationMode(value: unknown): value is ConsultationMode {
  return typeof value === 'string' && (consultationModes as readonly string[]).includes(value);
}
