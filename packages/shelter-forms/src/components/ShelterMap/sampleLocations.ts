// Sample positions for the map's stories and tests (around 宇和島市, on a golden-angle spiral so
// they spread evenly); not part of the package's API.
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import type { HqShelter } from '../hq/types';

const CENTRE = [132.56, 33.22] as const;

/** `count` sample shelters, each with a `location`; every `withoutEvery`-th one left without. */
export function locatedShelters(count: number, withoutEvery = 0, now = SAMPLE_NOW): HqShelter[] {
  return sampleShelters(count, now).map((shelter, index) => {
    if (withoutEvery > 0 && (index + 1) % withoutEvery === 0) return shelter;
    const radius = 0.12 * Math.sqrt((index + 0.5) / count);
    const angle = index * 2.399963;
    const lon = CENTRE[0] + (radius * Math.cos(angle)) / Math.cos((CENTRE[1] * Math.PI) / 180);
    const lat = CENTRE[1] + radius * Math.sin(angle);
    return { ...shelter, location: { type: 'Point', coordinates: [lon, lat] } };
  });
}
