import { Button, Spinner } from '@machi-dx/ui';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { OutboxStorageError } from '../../core/outbox/database';
import { preparePhoto } from '../../core/photos';
import { MAX_PHOTOS, type PhotoReference } from '../../core/validation/damage';
import { useFieldsContext } from '../ReportForm/FieldsContext';
import { GroupFrame } from '../ReportForm/GroupFields';
import { useDamageOptions } from './damageOptions';
import '../file-button.css';

/**
 * Up to three photos, each resized and hashed on the device (`preparePhoto`) and saved in the
 * outbox with the draft (`attachPhoto`) before it joins the report, with a preview and a remove
 * button. The outbox uploads the bytes after the report; the report names them by SHA-256, so a
 * photo is never attached twice. A photo that cannot be saved (disk full) is not added: the form's
 * storage notice says why.
 */
export function PhotoField({ path }: { path: string }) {
  const { fields, reportId } = useFieldsContext();
  const { outbox, photoOptions, onPhotoPrepared, onPhotoRemoved } = useDamageOptions();
  const photos = (fields.value(path) as PhotoReference[] | undefined) ?? [];
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(photos);
  latest.current = photos;

  const urls = useRef(previews);
  urls.current = previews;

  // A resumed draft: its photos are in the outbox, show them again.
  const missing = photos.filter((photo) => !previews[photo.sha256]).map((photo) => photo.sha256);
  const missingKey = missing.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the list of missing previews
  useEffect(() => {
    if (!outbox || !reportId || !missing.length || typeof URL.createObjectURL !== 'function')
      return;
    let active = true;
    void Promise.all(
      missing.map(async (sha256) => [sha256, await outbox.getPhoto(reportId, sha256)] as const),
    ).then(
      (found) => {
        if (!active) return;
        const loaded = Object.fromEntries(
          found.flatMap(([sha256, blob]) => (blob ? [[sha256, URL.createObjectURL(blob)]] : [])),
        );
        if (Object.keys(loaded).length) setPreviews((current) => ({ ...loaded, ...current }));
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [outbox, reportId, missingKey]);
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
    let notSaved = 0;
    for (const file of files) {
      try {
        const prepared = await preparePhoto(file, photoOptions);
        const { sha256 } = prepared.reference;
        if (latest.current.some((photo) => photo.sha256 === sha256)) continue;
        if (outbox) {
          // On the device first: a photo the report names must exist here to be sent.
          if (!reportId) throw new Error('no draft yet');
          try {
            await outbox.attachPhoto(reportId, prepared);
          } catch (error) {
            if (!(error instanceof OutboxStorageError)) throw error;
            notSaved += 1;
            continue;
          }
        }
        // jsdom and very old browsers have no object URLs: the photo is attached without a preview.
        const url =
          typeof URL.createObjectURL === 'function'
            ? URL.createObjectURL(prepared.blob)
            : undefined;
        if (url) setPreviews((current) => ({ ...current, [sha256]: url }));
        latest.current = [...latest.current, prepared.reference];
        fields.set(path, latest.current);
        if (reportId) onPhotoPrepared?.(prepared, reportId);
      } catch {
        failed += 1;
      }
    }
    setBusy(false);
    // A photo that could not be saved is explained by the storage notice (announced) instead.
    setMessage(
      failed
        ? fields.t('shelter.photo.failed')
        : notSaved
          ? ''
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
    if (reportId) {
      // Best effort: a photo the report no longer lists is never sent (and is dropped on delivery).
      outbox?.removePhoto(reportId, sha256).catch(() => undefined);
      onPhotoRemoved?.(sha256, reportId);
    }
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
            // With an outbox a photo is saved with the draft, which takes a moment to be written.
            disabled={busy || Boolean(outbox && !reportId)}
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
