import { Button, Spinner } from '@machi-dx/ui';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { preparePhoto } from '../../core/photos';
import { MAX_PHOTOS, type PhotoReference } from '../../core/validation/damage';
import { useFieldsContext } from '../ReportForm/FieldsContext';
import { GroupFrame } from '../ReportForm/GroupFields';
import { useDamageOptions } from './damageOptions';
import '../file-button.css';

/**
 * Up to three photos, each resized and hashed on the device (`preparePhoto`) before it joins the
 * report, with a preview and a remove button. The bytes go to the app (`onPhotoPrepared`) to upload
 * separately; the report names them by SHA-256, so a photo is never attached twice.
 */
export function PhotoField({ path }: { path: string }) {
  const { fields, reportId } = useFieldsContext();
  const { photoOptions, onPhotoPrepared, onPhotoRemoved } = useDamageOptions();
  const photos = (fields.value(path) as PhotoReference[] | undefined) ?? [];
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(photos);
  latest.current = photos;

  const urls = useRef(previews);
  urls.current = previews;
  useEffect(
    () => () => {
      for (const url of Object.values(urls.current)) URL.revokeObjectURL?.(url);
    },
    [],
  );

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])].slice(0, MAX_PHOTOS - photos.length);
    event.target.value = '';
    if (!files.length) return;
    setBusy(true);
    setMessage('');
    let failed = 0;
    for (const file of files) {
      try {
        const prepared = await preparePhoto(file, photoOptions);
        const { sha256 } = prepared.reference;
        if (latest.current.some((photo) => photo.sha256 === sha256)) continue;
        latest.current = [...latest.current, prepared.reference];
        fields.set(path, latest.current);
        // jsdom and very old browsers have no object URLs: the photo is attached without a preview.
        const url =
          typeof URL.createObjectURL === 'function'
            ? URL.createObjectURL(prepared.blob)
            : undefined;
        if (url) setPreviews((current) => ({ ...current, [sha256]: url }));
        if (reportId) onPhotoPrepared?.(prepared, reportId);
      } catch {
        failed += 1;
      }
    }
    setBusy(false);
    setMessage(
      failed
        ? fields.t('shelter.photo.failed')
        : fields.t('shelter.photo.added', { count: latest.current.length }),
    );
  };

  // After a removal the add control may only now reappear (it hides at 3 photos): focus it then.
  const focusInput = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the count is the trigger, by design
  useEffect(() => {
    if (!focusInput.current) return;
    focusInput.current = false;
    inputRef.current?.focus();
  }, [photos.length]);

  const remove = (sha256: string, index: number) => {
    const rest = photos.filter((photo) => photo.sha256 !== sha256);
    fields.set(path, rest.length ? rest : undefined);
    const url = previews[sha256];
    if (url) URL.revokeObjectURL?.(url);
    if (reportId) onPhotoRemoved?.(sha256, reportId);
    setMessage(fields.t('shelter.photo.removed', { n: index + 1 }));
    focusInput.current = true;
  };

  const remaining = MAX_PHOTOS - photos.length;
  return (
    <GroupFrame path={path} className="machi-report-photos">
      {photos.length > 0 && (
        <ul className="machi-report-photos__list">
          {photos.map((photo, index) => {
            const name = fields.t('shelter.photo.name', { n: index + 1 });
            return (
              <li key={photo.sha256} className="machi-report-photos__item">
                {previews[photo.sha256] ? (
                  <img
                    src={previews[photo.sha256]}
                    alt={name}
                    className="machi-report-photos__preview"
                  />
                ) : (
                  <span className="machi-report-photos__placeholder">{name}</span>
                )}
                <Button variant="tertiary" size="sm" onClick={() => remove(photo.sha256, index)}>
                  {fields.t('shelter.photo.remove', { name })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {busy && <Spinner announce label={fields.t('shelter.photo.preparing')} />}
      {remaining > 0 && (
        <label className="machi-file-button">
          <input
            ref={inputRef}
            id={`${fields.id(path)}-input`}
            type="file"
            accept="image/*"
            multiple
            disabled={busy}
            className="machi-file-button__input"
            onChange={(event) => void add(event)}
          />
          <span>{fields.t('shelter.photo.add', { count: remaining })}</span>
        </label>
      )}
      <p role="status" className="machi-report-photos__status">
        {message}
      </p>
    </GroupFrame>
  );
}
