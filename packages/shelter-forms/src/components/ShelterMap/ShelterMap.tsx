import { type Locale, type Translate, useLocale } from '@machi-dx/ui';
import {
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatCount } from '../../hooks/format';
import { useNow } from '../../hooks/useNow';
import { useHqTranslator } from '../../hooks/useShelterFormsTranslator';
import { boardRow, DEFAULT_STALE_AFTER_MINUTES } from '../hq/board';
import { formatElapsed, openingStatusText } from '../hq/cells';
import type { HqShelter } from '../hq/types';
import { type MapPoint, type MarkerKind, project } from './projection';
import './shelter-map.css';

/** Props of {@link ShelterMap}. */
export interface ShelterMapProps
  extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'onSelect'> {
  /** Every shelter with its latest status (`GET /api/v1/shelters` → `shelters`); those without `location` are counted, not drawn. */
  shelters: readonly HqShelter[];
  /** Called with the 全国共通ID when a shelter's marker is pressed (click, Enter or Space). */
  onSelect: (nationalShelterId: string) => void;
  /** An open shelter silent for longer than this is stale. Default 180. */
  staleAfterMinutes?: number | undefined;
  /** The time to draw at; by default the map's own clock, re-read every 30 s. */
  now?: Date | number | undefined;
  /** The map's name. Default 避難所の略図. */
  caption?: string | undefined;
}

const WIDTH = 1000;
const PADDING = 40;
const kinds: readonly MarkerKind[] = ['open', 'stale', 'closed', 'other'];

/** The marker's shape, centred on 0,0: a circle, a triangle, a square or a diamond. */
function Shape({ kind }: { kind: MarkerKind }) {
  if (kind === 'open') return <circle r="9" />;
  if (kind === 'stale') return <path d="M0-12 11 8H-11Z" />;
  if (kind === 'closed') return <rect x="-8" y="-8" width="16" height="16" />;
  return <path d="M0-11 11 0 0 11-11 0Z" />;
}

/** The dashed ring of a shelter with open supply requests. */
function Ring({ r }: { r: number }) {
  return <circle r={r} fill="none" stroke="currentColor" strokeWidth="2.5" strokeDasharray="4 3" />;
}

/** What a marker says: name, status (and 報告途絶), evacuees, time since the last report, supplies. */
function pointLabel(point: MapPoint, t: Translate, locale: Locale): string {
  const { shelter, minutes, stale } = point.row;
  const { evacueeTotal, openSupplyRequests } = shelter.status;
  return [
    shelter.name,
    openingStatusText(shelter, t),
    stale && t('shelter.board.stale'),
    t('shelter.map.evacuees', {
      count: evacueeTotal === null ? t('shelter.board.none') : formatCount(evacueeTotal, locale),
    }),
    t('shelter.map.lastReport', { elapsed: formatElapsed(minutes, t) }),
    openSupplyRequests > 0 && t('shelter.map.supplies', { count: openSupplyRequests }),
  ]
    .filter(Boolean)
    .join(t('shelter.map.separator'));
}

/**
 * A schematic map of the shelters for the disaster response HQ: each shelter with a position drawn
 * at its latitude and longitude (an equirectangular projection fitted to the shelters), its status
 * in both colour and shape (● open, ▲ silent, ■ closed, ◆ unknown; a dashed ring for open supply
 * requests), and a legend. No base map, no tiles, no map library: it works offline. One tab stop:
 * the arrow keys move between shelters (north to south), Enter or Space selects. A companion to
 * ShelterBoard, never a replacement: shelters without a position are only counted.
 */
export const ShelterMap = /* @__PURE__ */ forwardRef<HTMLElement, ShelterMapProps>(
  function ShelterMap(
    { shelters, onSelect, staleAfterMinutes, now: fixedNow, caption, className, ...props },
    ref,
  ) {
    const t = useHqTranslator();
    const { locale } = useLocale();
    const now = useNow(fixedNow);
    const staleAfter = staleAfterMinutes ?? DEFAULT_STALE_AFTER_MINUTES;
    const { points, height } = useMemo(
      () =>
        project(
          shelters.map((shelter) => boardRow(shelter, now, staleAfter)),
          WIDTH,
          PADDING,
        ),
      [shelters, now, staleAfter],
    );
    // The current marker is kept by shelter, so a live update that re-orders the list keeps it.
    const [activeId, setActiveId] = useState<string | undefined>(undefined);
    const found = points.findIndex((point) => point.row.shelter.nationalShelterId === activeId);
    const current = Math.max(0, found);
    const svgRef = useRef<SVGSVGElement>(null);
    const id = useId();
    const missing = shelters.length - points.length;
    const title = caption ?? t('shelter.map.caption');

    const move = (to: number) => {
      const next = Math.max(0, Math.min(points.length - 1, to));
      setActiveId(points[next]?.row.shelter.nationalShelterId);
      svgRef.current?.querySelector<SVGElement>(`[data-index="${next}"]`)?.focus();
    };
    const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
      const steps: Record<string, number> = {
        ArrowDown: current + 1,
        ArrowRight: current + 1,
        ArrowUp: current - 1,
        ArrowLeft: current - 1,
        Home: 0,
        End: points.length - 1,
      };
      const to = steps[event.key];
      if (to === undefined) return;
      event.preventDefault();
      move(to);
    };
    const select = (event: KeyboardEvent, shelterId: string) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      onSelect(shelterId);
    };

    return (
      <figure
        ref={ref}
        className={className ? `machi-map ${className}` : 'machi-map'}
        aria-labelledby={`${id}-caption`}
        {...props}
      >
        <figcaption id={`${id}-caption`}>
          <strong>{title}</strong>
        </figcaption>
        <p className="machi-board__detail">{t('shelter.map.note')}</p>
        {points.length === 0 ? (
          <p>{t('shelter.map.noneLocated')}</p>
        ) : (
          <>
            {/* biome-ignore lint/a11y/useSemanticElements: an SVG is the group of its markers; a <fieldset> cannot be one. */}
            <svg
              ref={svgRef}
              className="machi-map__svg"
              viewBox={`0 0 ${WIDTH} ${Math.round(height)}`}
              role="group"
              aria-label={title}
              aria-describedby={`${id}-keys`}
              onKeyDown={onKeyDown}
            >
              {points.map((point, index) => {
                const shelterId = point.row.shelter.nationalShelterId;
                const supplies = point.row.shelter.status.openSupplyRequests > 0;
                return (
                  // biome-ignore lint/a11y/useSemanticElements: an SVG cannot hold a <button>; role, tabindex and Enter/Space make one.
                  <g
                    key={shelterId}
                    role="button"
                    tabIndex={index === current ? 0 : -1}
                    aria-label={pointLabel(point, t, locale)}
                    className="machi-map__point"
                    strokeWidth="1.5"
                    data-kind={point.kind}
                    data-supplies={supplies || undefined}
                    data-index={index}
                    transform={`translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})`}
                    onClick={() => {
                      setActiveId(shelterId);
                      onSelect(shelterId);
                    }}
                    onFocus={() => setActiveId(shelterId)}
                    onKeyDown={(event) => select(event, shelterId)}
                  >
                    <circle
                      className="machi-map__focus"
                      r="20"
                      fill="none"
                      stroke="none"
                      strokeWidth="4"
                      // The whole circle takes the pointer: a larger target than the shape.
                      pointerEvents="all"
                    />
                    {supplies && <Ring r={15} />}
                    <Shape kind={point.kind} />
                  </g>
                );
              })}
            </svg>
            <p id={`${id}-keys`} className="machi-board__detail">
              {t('shelter.map.keys')}
            </p>
            <p>{pointLabel(points[current] as MapPoint, t, locale)}</p>
          </>
        )}
        {missing > 0 && (
          <p className="machi-board__detail">{t('shelter.map.missing', { count: missing })}</p>
        )}
        <ul className="machi-map__legend" aria-label={t('shelter.map.legend')}>
          {kinds.map((kind) => (
            <li key={kind} data-kind={kind}>
              <svg viewBox="-16 -16 32 32" width="1.5em" height="1.5em" aria-hidden="true">
                <Shape kind={kind} />
              </svg>
              {t(`shelter.map.kind.${kind}`)}
            </li>
          ))}
          <li data-supplies="true">
            <svg viewBox="-16 -16 32 32" width="1.5em" height="1.5em" aria-hidden="true">
              <Ring r={14} />
            </svg>
            {t('shelter.map.kind.supplies')}
          </li>
        </ul>
      </figure>
    );
  },
);
