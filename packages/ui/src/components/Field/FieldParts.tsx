import type { HTMLAttributes, ReactNode } from 'react';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
// Tokens and themes come with the component, so it is styled even when the barrel is tree-shaken.
import '../../styles/index.css';
import './field.css';

// The parts every labelled control shares (Field, RadioGroup, CheckboxGroup, DateInput), kept in
// one place so a badge or an error message looks and reads the same everywhere.

/** The labelling every form question takes: Field, RadioGroup, CheckboxGroup and DateInput. */
export interface FieldLabellingProps {
  /** The question: a label for one control, a legend for a group. */
  label: ReactNode;
  /** Help shown under the label, such as the expected format. */
  hint?: ReactNode;
  /** Error message; when set the question is marked invalid and the message is announced with it. */
  error?: ReactNode;
  /** Whether an answer is required: shows ※必須, otherwise ※任意. */
  required?: boolean;
  /** Hides the ※必須/※任意 badge, e.g. for a lone search box that is not part of a form. */
  hideRequirement?: boolean;
  /** Disables the control(s). */
  disabled?: boolean;
  /** Id of the control (of the first control in a group), so an error summary can link to `#id`. */
  id?: string;
}

/** ※必須 or ※任意: the Digital Agency marks both, so nobody has to guess what an unmarked field means. */
export function RequirementBadge({ required }: { required: boolean }) {
  const t = useUiTranslator();
  return (
    <span className="machi-field__badge" data-required={required ? 'true' : 'false'}>
      {t(required ? 'ui.field.required' : 'ui.field.optional')}
    </span>
  );
}

/** The hint under a label; rendered only when there is one. */
export function FieldHint({ children, ...props }: HTMLAttributes<HTMLDivElement>) {
  if (children == null || children === false) return null;
  return (
    <div className="machi-field__hint" {...props}>
      {children}
    </div>
  );
}

/** The error message, prefixed for screen readers (the red colour and bar say it to sighted users). */
export function FieldError({ children, ...props }: HTMLAttributes<HTMLParagraphElement>) {
  const t = useUiTranslator();
  if (children == null || children === false) return null;
  return (
    <p className="machi-field__error" {...props}>
      <VisuallyHidden>{t('ui.field.errorPrefix')}</VisuallyHidden>
      {children}
    </p>
  );
}

/** Whether a hint or error prop holds something to show. */
export function isShown(node: ReactNode): boolean {
  return node != null && node !== false && node !== '';
}
