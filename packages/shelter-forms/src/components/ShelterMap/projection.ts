// The map's pure side: which shelters have a position, their kind of marker, and a plain
// equirectangular projection fitted to their bounding box. No tiles, no map library.
import { type BoardRow, isOpen } from '../hq/board';
import type { HqShelter } from '../hq/types';

/** The marker kinds, each its own shape: open ●, silent ▲, closed or not opened ■, other ◆. */
export type MarkerKind = 'open' | 'stale' | 'closed' | 'other';

/** One shelter placed on the map. */
export interface MapPoint {
  row: BoardRow;
  kind: MarkerKind;
  x: number;
  y: number;
}

/** The marker kind of a board row. */
export function markerKind(row: BoardRow): MarkerKind {
  if (row.stale) return 'stale';
  if (isOpen(row.shelter)) return 'open';
  const status = row.shelter.status.openingStatus;
  return status === 'closed' || status === 'not_opened' ? 'closed' : 'other';
}

/** `[lon, lat]` of a shelter when it has a usable one. */
export function lonLat(shelter: HqShelter): readonly [number, number] | null {
  const coordinates = shelter.location?.coordinates;
  if (!coordinates) return null;
  const [lon, lat] = coordinates;
  const usable =
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return usable ? coordinates : null;
}

/**
 * Places the rows that have coordinates in a `width` wide drawing, `padding` on every side: x by
 * longitude (shrunk by the cosine of the middle latitude so distances look right), y by latitude,
 * north up. Returns the points (north to south, then west to east: the keyboard order) and the
 * drawing's height.
 */
export function project(
  rows: readonly BoardRow[],
  width: number,
  padding: number,
): { points: MapPoint[]; height: number } {
  const located = rows.flatMap((row) => {
    const at = lonLat(row.shelter);
    return at ? [{ row, lon: at[0], lat: at[1] }] : [];
  });
  if (located.length === 0) return { points: [], height: 0 };
  const lons = located.map((p) => p.lon);
  const lats = located.map((p) => p.lat);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const cos = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const spanX = (east - west) * cos;
  const spanY = north - south;
  const inner = width - 2 * padding;
  // One shelter, or all on one spot: a square drawing with the point in the middle.
  const scale = Math.max(spanX, spanY) > 0 ? inner / Math.max(spanX, spanY) : 0;
  const height = Math.max(2 * padding + spanY * scale, width / 3);
  const offsetX = padding + (inner - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const points = located.map(({ row, lon, lat }) => ({
    row,
    kind: markerKind(row),
    x: offsetX + (lon - west) * cos * scale,
    y: offsetY + (north - lat) * scale,
  }));
  points.sort((a, b) => a.y - b.y || a.x - b.x);
  return { points, height };
}
