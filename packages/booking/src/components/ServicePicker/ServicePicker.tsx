import { RadioGroup, type RadioGroupProps } from '@machi-dx/ui';
import { forwardRef, type ReactNode } from 'react';
import type { Service } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import './service-picker.css';

/** Props of {@link ServicePicker}: a RadioGroup's props, with the services as its answers. */
export interface ServicePickerProps extends Omit<RadioGroupProps, 'options' | 'name' | 'label'> {
  /** The services to choose from, as `BookingApi.listServices` returns them. */
  services: readonly Service[];
  /** The radios' `name`; `serviceId` by default. */
  name?: string;
  /** The question; 相談の内容を選んでください by default. */
  label?: ReactNode;
}

/**
 * The consultation services as one radio question: each with its description, length and where it
 * can take place, so a resident knows before choosing whether it can be done from home.
 */
export const ServicePicker = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, ServicePickerProps>(
  function ServicePicker(
    { services, name = 'serviceId', label, required = true, className, ...props },
    ref,
  ) {
    const t = useFlowTranslator();
    const format = useBookingFormat();
    const options = services.map((service) => ({
      value: service.id,
      label: format.text(service.name),
      hint: (
        <>
          <span className="machi-service-picker__description">
            {format.text(service.description)}
          </span>
          <span className="machi-service-picker__meta">
            {t('booking.service.meta', {
              minutes: service.durationMinutes,
              modes: format.modes(service.modes),
            })}
          </span>
        </>
      ),
    }));
    return (
      <RadioGroup
        ref={ref}
        name={name}
        label={label ?? t('booking.service.label')}
        required={required}
        options={options}
        className={className ? `machi-service-picker ${className}` : 'machi-service-picker'}
        {...props}
      />
    );
  },
);
