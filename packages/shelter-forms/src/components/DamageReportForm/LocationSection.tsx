import { Button, useLocale } from '@machi-dx/ui';
import { useState } from 'react';
import { formatCount } from '../../hooks/format';
import { useGeolocation } from '../../hooks/useGeolocation';
import { useFieldsContext } from '../ReportForm/FieldsContext';
import { SpecField } from '../ReportForm/SpecField';
import { useDamageOptions } from './damageOptions';

/**
 * Where the damage is: latitude and longitude (filled by "現在地を使う" when the device allows),
 * and/or an address or landmark. A refusal or a failed fix says so and sends the person to the
 * address, which works without any location service.
 */
export function LocationSection() {
  const { fields } = useFieldsContext();
  const { locale } = useLocale();
  const { geolocation } = useDamageOptions();
  const { supported, status, locate } = useGeolocation(geolocation);
  const [message, setMessage] = useState('');

  const fillMyLocation = async () => {
    setMessage('');
    const fix = await locate();
    if (fix) {
      fields.set('latitude', fix.latitude);
      fields.set('longitude', fix.longitude);
      setMessage(
        fields.t('shelter.location.found', {
          metres: formatCount(Math.round(fix.accuracy), locale),
        }),
      );
    } else {
      setMessage(fields.t('shelter.location.failed'));
      document.getElementById(fields.id('address'))?.focus();
    }
  };

  return (
    <div className="machi-report-stack">
      <p className="machi-report-form__hint">{fields.t('shelter.location.hint')}</p>
      {supported && (
        <div className="machi-report-actions">
          <Button
            variant="secondary"
            loading={status === 'locating'}
            onClick={() => void fillMyLocation()}
          >
            {fields.t('shelter.location.useMine')}
          </Button>
        </div>
      )}
      <p role="status" className="machi-report-location__status" data-status={status}>
        {message}
      </p>
      <div className="machi-report-grid">
        <SpecField path="latitude" />
        <SpecField path="longitude" />
      </div>
      <SpecField path="address" />
    </div>
  );
}
