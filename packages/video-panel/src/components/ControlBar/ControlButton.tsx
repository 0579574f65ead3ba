import { type ButtonHTMLAttributes, forwardRef } from 'react';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { Icon, type IconName } from '../icons/Icon';

/** A large control: icon above a word, with the on/off state written out for toggles. */
export const ControlButton = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement> & {
    icon: IconName;
    label: string;
    'data-state'?: 'on' | 'off';
  }
>(function ControlButton({ icon, label, className, ...props }, ref) {
  const t = useVideoPanelTranslator();
  const state = props['data-state'];
  return (
    <button
      ref={ref}
      type="button"
      className={
        className
          ? `machi-control-button machi-focus-ring ${className}`
          : 'machi-control-button machi-focus-ring'
      }
      {...props}
    >
      <Icon name={icon} crossed={state === 'off' && (icon === 'microphone' || icon === 'camera')} />
      <span>{label}</span>
      {/* The state is in aria-pressed already; the word is for sighted people. */}
      {state && (
        <span className="machi-control-button__state" aria-hidden="true">
          {t(`video.control.${state}`)}
        </span>
      )}
    </button>
  );
});
