import { RadioGroup, type RadioGroupProps } from '@machi-dx/ui';
import { forwardRef, type ReactNode } from 'react';
import type { Location, Service } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import '../ServicePicker/service-picker.css';

/** Props of {@link LocationPicker}: a RadioGroup's props, with the places as its answers. */
export interface LocationPickerProps extends Omit<RadioGroupProps, 'options' | 'name' | 'label'> {
  /** Branch offices and "from home", as `BookingApi.listLocations` returns them. */
  locations: readonly Location[];
  /** The chosen service: only the places it is offered at are listed, and the hint says why. */
  service?: Service | undefined;
  /** The radios' `name`; `locationId` by default. */
  name?: string;
  /** The question; 相談する場所を選んでください by default. */
  label?: ReactNode;
}

/**
 * Where the consultation happens: a booth at a branch office (with its address) or from home by
 * video. Places the chosen service is not offered at are left out rather than shown disabled.
 */
export const LocationPicker = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, LocationPickerProps>(
  function LocationPicker(
    { locations, service, name = 'locationId', label, hint, required = true, className, ...props },
    ref,
  ) {
    const t = useFlowTranslator();
    const format = useBookingFormat();
    const offered = service
      ? locations.filter((location) => service.modes.includes(location.kind))
      : locations;
    const limited = offered.length < locations.length;
    const options = offered.map((location) => ({
      value: location.id,
      label: format.text(location.name),
      hint: location.kind === 'home' ? t('booking.location.homeHint') : format.address(location),
    }));
    const limitedHint =
      limited && service
        ? t('booking.location.onlyModes', {
            service: format.text(service.name),
            modes: format.modes(service.modes),
          })
        : undefined;
    return (
      <RadioGroup
        ref={ref}
        name={name}
        label={label ?? t('booking.location.label')}
        hint={hint ?? limitedHint}
        required={required}
        options={options}
        className={className ? `machi-location-picker ${className}` : 'machi-location-picker'}
        {...props}
      />
    );
  },
);
