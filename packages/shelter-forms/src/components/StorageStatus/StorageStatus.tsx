import { Button, languageTag, Notice, useLocale } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, useId, useState } from 'react';
import type { Outbox } from '../../core/outbox/outbox';
import { useOutbox } from '../../hooks/useOutbox';
import { useOutboxTranslator } from '../../hooks/useShelterFormsTranslator';
import './storage-status.css';

/** Props of {@link StorageStatus}. */
export interface StorageStatusProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The shelter's outbox. */
  outbox: Outbox;
  /**
   * What "もう一度試す" does after a failed write (e.g. the open form's save); by default it asks
   * the browser again how much space is left. The message goes once a write succeeds.
   */
  onRetry?: (() => void) | undefined;
  /** The heading level in the page outline. Default 2. */
  headingLevel?: 2 | 3 | undefined;
}

/** Bytes for people: `2.4 MB`, `1 GB`. */
function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/**
 * Whether the browser promised to keep this device's reports (persistent storage), how much space
 * is used, and — when a write failed because the disk is full or storage could not be opened — what
 * that means and a retry. Offers to ask for protection when it is not granted, with the iPhone
 * advice (add to the Home Screen) that no browser setting replaces.
 */
export const StorageStatus = /* @__PURE__ */ forwardRef<HTMLElement, StorageStatusProps>(
  function StorageStatus({ outbox, onRetry, headingLevel = 2, className, ...props }, ref) {
    const t = useOutboxTranslator();
    const { locale } = useLocale();
    const { storage } = useOutbox(outbox);
    const headingId = useId();
    const [asking, setAsking] = useState(false);
    const Heading = `h${headingLevel}` as const;
    const persisted =
      storage.persisted === undefined
        ? 'unknown'
        : storage.persisted
          ? 'persisted'
          : 'notPersisted';
    const tag = languageTag(locale) === 'en' ? 'en-GB' : 'ja-JP';

    const protect = async () => {
      setAsking(true);
      try {
        await outbox.requestPersistence();
      } finally {
        setAsking(false);
      }
    };

    return (
      <section
        ref={ref}
        aria-labelledby={headingId}
        className={className ? `machi-storage ${className}` : 'machi-storage'}
        data-persisted={persisted}
        data-problem={storage.problem}
        {...props}
      >
        <Heading id={headingId} className="machi-storage__title">
          {t('shelter.storage.title')}
        </Heading>
        {storage.problem && (
          <Notice
            tone="error"
            announce
            headingLevel={headingLevel === 2 ? 3 : 4}
            title={t('shelter.form.notSaved')}
          >
            <p>{t(`shelter.outbox.storage.${storage.problem}`)}</p>
            <Button variant="secondary" onClick={onRetry ?? (() => void outbox.refreshStorage())}>
              {t('shelter.storage.retry')}
            </Button>
          </Notice>
        )}
        <p className="machi-storage__persisted" data-persisted={persisted}>
          {t(`shelter.outbox.storage.${persisted}`)}
        </p>
        {persisted !== 'persisted' && (
          <>
            <div>
              <Button variant="secondary" loading={asking} onClick={() => void protect()}>
                {t('shelter.storage.protect')}
              </Button>
            </div>
            <p className="machi-storage__hint">{t('shelter.storage.iosHint')}</p>
            <p className="machi-storage__hint">{t('shelter.storage.exportHint')}</p>
          </>
        )}
        {storage.usage !== undefined && storage.quota !== undefined && (
          <p className="machi-storage__usage">
            {t('shelter.outbox.storage.usage', {
              used: formatBytes(storage.usage, tag),
              quota: formatBytes(storage.quota, tag),
            })}
          </p>
        )}
      </section>
    );
  },
);
