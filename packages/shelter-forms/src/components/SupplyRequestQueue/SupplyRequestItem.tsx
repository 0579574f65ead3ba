import { Button, type Locale, type Translate, VisuallyHidden } from '@machi-dx/ui';
import { useEffect, useRef, useState } from 'react';
import {
  canAdvanceSupplyRequest,
  nextSupplyRequestStatus,
  type SupplyRequestStatus,
  supplyRequestStatuses,
} from '../../core/validation/supply-request';
import { formatCount, formatDateTime } from '../../hooks/format';
import type { HqSupplyRequest } from '../hq/types';

/** "食料 360食", "乳児用粉ミルク又は乳児用液体ミルク（液体ミルク） 10個", an unknown code as it is. */
function lineText(line: HqSupplyRequest['items'][number], t: Translate, locale: Locale): string {
  const known = (key: string, fallback: string) => {
    const text = t(key);
    return text === key ? fallback : text;
  };
  const item = known(`shelter.code.supplyItem.${line.item}`, line.item);
  const name = line.itemName ? t('shelter.form.about', { name: line.itemName }) : '';
  return `${item}${name} ${formatCount(line.quantity, locale)}${known(`shelter.code.supplyUnit.${line.unit}`, line.unit)}`;
}

/**
 * One request: what, for how many, by when, and its progress 要請 → 調達 → 輸送 → 到着. The only
 * action moves it one step forward, after a confirmation, because nothing here moves it back.
 */
export function SupplyRequestItem({
  request,
  onAdvance,
  onAdvanced,
  t,
  locale,
  level,
}: {
  request: HqSupplyRequest;
  onAdvance: (id: string, status: SupplyRequestStatus) => void | Promise<void>;
  onAdvanced: (request: HqSupplyRequest, status: SupplyRequestStatus) => void;
  t: Translate;
  locale: Locale;
  level: 3 | 4;
}) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const advanceRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'confirm' | 'advance' | undefined>(undefined);
  const next = request.supersededBy ? undefined : nextSupplyRequestStatus(request.status);
  const Heading = `h${level}` as const;

  // Focus follows the buttons as they swap, so a keyboard user is never left on a removed one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the state that swaps buttons changes
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === 'confirm') confirmRef.current?.focus();
    else if (target === 'advance') (advanceRef.current ?? headingRef.current)?.focus();
  }, [confirming, request.status]);

  const advance = async () => {
    if (!next || !canAdvanceSupplyRequest(request.status, next)) return;
    setPending(true);
    setFailed(false);
    try {
      await onAdvance(request.id, next);
      onAdvanced(request, next);
      focusNext.current = 'advance';
      setConfirming(false);
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  };

  const current = supplyRequestStatuses.indexOf(request.status);
  const nextName = next ? t(`shelter.supplyRequestStatus.${next}`) : '';
  return (
    <li
      className="machi-queue__request"
      data-status={request.status}
      data-superseded={request.supersededBy ? true : undefined}
    >
      <Heading ref={headingRef} tabIndex={-1} className="machi-queue__shelter">
        {request.shelterName}
      </Heading>
      <ul className="machi-queue__items">
        {request.items.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one request have no id; their order is fixed
          <li key={index}>{lineText(line, t, locale)}</li>
        ))}
      </ul>
      <p className="machi-queue__meta">
        <span>
          {request.neededBy
            ? t('shelter.queue.neededBy', { time: formatDateTime(request.neededBy, locale) })
            : t('shelter.queue.noDeadline')}
        </span>
        <span>
          {t('shelter.queue.requestedAt', { time: formatDateTime(request.requestedAt, locale) })}
        </span>
        {request.beneficiaries !== undefined && (
          <span>
            {t('shelter.queue.beneficiaries', {
              count: formatCount(request.beneficiaries, locale),
            })}
          </span>
        )}
      </p>
      {request.remarks && (
        <p className="machi-queue__meta">{t('shelter.queue.remarks', { text: request.remarks })}</p>
      )}
      <ol className="machi-queue__progress" aria-label={t('shelter.queue.progress')}>
        {supplyRequestStatuses.map((status, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={status}
              data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {state === 'done' && <span aria-hidden="true">✓ </span>}
              {t(`shelter.supplyRequestStatus.${status}`)}
              {state !== 'todo' && (
                <VisuallyHidden>
                  {t(state === 'done' ? 'shelter.queue.stepDone' : 'shelter.queue.stepCurrent')}
                </VisuallyHidden>
              )}
            </li>
          );
        })}
      </ol>
      {request.supersededBy && <p className="machi-queue__meta">{t('shelter.queue.superseded')}</p>}
      {next &&
        (confirming ? (
          <div className="machi-queue__confirm">
            <p>{t('shelter.queue.confirm', { status: nextName })}</p>
            <div className="machi-queue__actions">
              <Button ref={confirmRef} loading={pending} onClick={() => void advance()}>
                {t('shelter.queue.advance', { status: nextName })}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  focusNext.current = 'advance';
                  setConfirming(false);
                }}
              >
                {t('shelter.queue.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <div className="machi-queue__actions">
            <Button
              ref={advanceRef}
              variant="secondary"
              onClick={() => {
                focusNext.current = 'confirm';
                setConfirming(true);
              }}
            >
              {t('shelter.queue.advance', { status: nextName })}
            </Button>
          </div>
        ))}
      {failed && (
        <p role="alert" className="machi-queue__error">
          {t('shelter.queue.failed')}
        </p>
      )}
    </li>
  );
}
