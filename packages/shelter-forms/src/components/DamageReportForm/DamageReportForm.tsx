import { forwardRef, useMemo } from 'react';
import { otherFormCatalogs } from '../../intl';
import { tokyoMinute } from '../ReportForm/DateTimeField';
import {
  ReportForm,
  type ReportFormDefinition,
  type ReportFormProps,
} from '../ReportForm/ReportForm';
import { type DamageOptions, DamageOptionsContext } from './damageOptions';
import { LocationSection } from './LocationSection';
import { PhotoField } from './PhotoField';
import './damage-report-form.css';

/** Props of {@link DamageReportForm}: the report form props, location source and photo handling. */
export interface DamageReportFormProps
  extends ReportFormProps<'damage'>,
    Omit<DamageOptions, 'outbox'> {
  /** Replaces `navigator.geolocation` (tests, kiosks without GPS); `null` hides "現在地を使う". */
  geolocation?: DamageOptions['geolocation'];
  /** Options of `preparePhoto` (size, quality, a codec for tests). */
  photoOptions?: DamageOptions['photoOptions'];
  /**
   * Called with each photo once resized, hashed and saved in the outbox with the draft (the outbox
   * uploads it after the report; nothing else to do).
   */
  onPhotoPrepared?: DamageOptions['onPhotoPrepared'];
  /** Called when a photo is removed from the report (and from the outbox). */
  onPhotoRemoved?: DamageOptions['onPhotoRemoved'];
}

const definition: ReportFormDefinition<'damage'> = {
  kind: 'damage',
  catalogs: otherFormCatalogs,
  sections: [
    { title: 'shelter.section.damage', paths: ['damageKind', 'severity'] },
    {
      title: 'shelter.section.location',
      paths: ['latitude', 'longitude', 'address'],
      Body: LocationSection,
    },
    { title: 'shelter.section.description', paths: ['description', 'observedAt', 'reportedAt'] },
    { title: 'shelter.section.photos', paths: ['photos'] },
  ],
  renderers: { photos: PhotoField },
  wholeFields: ['photos'],
  defaults: (now) => ({ reportedAt: tokyoMinute(now) }),
};

const DamageForm = /* @__PURE__ */ forwardRef<HTMLDivElement, ReportFormProps<'damage'>>(
  function DamageForm(props, ref) {
    return <ReportForm ref={ref} definition={definition} {...props} />;
  },
);

/**
 * 被害報告: kind and severity, the place (現在地 from the device when allowed, or an address), what
 * was seen, and up to 3 photos resized on the device with previews. Each photo is saved in the
 * outbox with the draft before it joins the report, and uploaded once HQ has the report.
 */
export const DamageReportForm = /* @__PURE__ */ forwardRef<HTMLDivElement, DamageReportFormProps>(
  function DamageReportForm(
    { geolocation, photoOptions, onPhotoPrepared, onPhotoRemoved, ...props },
    ref,
  ) {
    const { outbox } = props;
    const options = useMemo(
      () => ({ outbox, geolocation, photoOptions, onPhotoPrepared, onPhotoRemoved }),
      [outbox, geolocation, photoOptions, onPhotoPrepared, onPhotoRemoved],
    );
    return (
      <DamageOptionsContext.Provider value={options}>
        <DamageForm ref={ref} {...props} />
      </DamageOptionsContext.Provider>
    );
  },
);
