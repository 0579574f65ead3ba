import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import type { HqShelter } from '../hq/types';
import { project } from './projection';
import { ShelterMap } from './ShelterMap';
import * as stories from './ShelterMap.stories';
import { locatedShelters } from './sampleLocations';

// axe over the 500-shelter story takes its time in jsdom.
vi.setConfig({ testTimeout: 60_000 });

const at = (shelter: HqShelter, lon: number, lat: number): HqShelter => ({
  ...shelter,
  location: { type: 'Point', coordinates: [lon, lat] },
});

describe('ShelterMap', () => {
  it('names each marker with the shelter, status, evacuees, time since its last report and supplies', () => {
    render(<ShelterMap shelters={locatedShelters(5)} now={SAMPLE_NOW} onSelect={() => {}} />);
    expect(screen.getByRole('figure', { name: '避難所の略図' })).toBeInTheDocument();
    const markers = within(screen.getByRole('group', { name: '避難所の略図' })).getAllByRole(
      'button',
    );
    expect(markers).toHaveLength(5);
    const names = markers.map((marker) => marker.getAttribute('aria-label'));
    expect(names).toContain('丸之内小学校、開設、避難者 0人、最終報告 0分前、物資要請 1件');
    expect(names.some((name) => name?.includes('報告途絶'))).toBe(false);
    expect(screen.getByText(/背景地図のない略図です/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '凡例' })).toHaveTextContent('報告途絶（三角）');
  });

  it('marks a silent shelter with a triangle and 報告途絶 in its name, not colour alone', () => {
    const silent = locatedShelters(6)[5] as HqShelter; // 185 minutes since its last report
    render(<ShelterMap shelters={[silent]} now={SAMPLE_NOW} onSelect={() => {}} />);
    const marker = screen.getByRole('button', { name: /報告途絶/ });
    expect(marker).toHaveAttribute('data-kind', 'stale');
    expect(marker.querySelector('path')).not.toBeNull();
    expect(marker).toHaveAccessibleName(/最終報告 3時間5分前/);
  });

  it('is one tab stop: arrows move north to south, Enter and Space select, a click selects', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const shelters = sampleShelters(3);
    render(
      <ShelterMap
        shelters={[
          at(shelters[0] as HqShelter, 132.5, 33.1),
          at(shelters[1] as HqShelter, 132.6, 33.3),
          at(shelters[2] as HqShelter, 132.4, 33.2),
        ]}
        now={SAMPLE_NOW}
        onSelect={onSelect}
      />,
    );
    const ids = shelters.map((shelter) => shelter.nationalShelterId);
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^和霊中学校/);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^保手公民館/);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(ids[2]);
    await user.keyboard('{End} ');
    expect(onSelect).toHaveBeenLastCalledWith(ids[0]);
    await user.tab({ shift: true });
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^丸之内小学校/);
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^和霊中学校/ }));
    expect(onSelect).toHaveBeenLastCalledWith(ids[1]);
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('keeps the current shelter when a live update brings a new one to the top', async () => {
    const user = userEvent.setup();
    const [a, b, c] = sampleShelters(3) as [HqShelter, HqShelter, HqShelter];
    const before = [at(a, 132.5, 33.1), at(b, 132.6, 33.3)];
    const { rerender } = render(
      <ShelterMap shelters={before} now={SAMPLE_NOW} onSelect={() => {}} />,
    );
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^丸之内小学校/);
    // A shelter further north arrives: the markers' order changes under the current one.
    rerender(
      <ShelterMap
        shelters={[at(c, 132.4, 33.4), ...before]}
        now={SAMPLE_NOW}
        onSelect={() => {}}
      />,
    );
    const tabbable = screen.getAllByRole('button').filter((marker) => marker.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toHaveAccessibleName(/^丸之内小学校/);
  });

  it('draws only shelters with coordinates and says how many have none', () => {
    render(<ShelterMap shelters={locatedShelters(10, 4)} now={SAMPLE_NOW} onSelect={() => {}} />);
    expect(screen.getAllByRole('button')).toHaveLength(8);
    expect(screen.getByText('位置情報のない 2か所は表示していません（一覧には載っています）。'));
  });

  it('with no coordinates at all, draws no map and points to the list', () => {
    render(<ShelterMap shelters={sampleShelters(3)} now={SAMPLE_NOW} onSelect={() => {}} />);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByText(/位置情報のある避難所がありません/)).toBeInTheDocument();
    expect(screen.getByText(/位置情報のない 3か所/)).toBeInTheDocument();
  });

  it('projects north up and east right, inside the padding', () => {
    const rows = sampleShelters(2).map((shelter, index) => ({
      shelter: at(shelter, 132 + index, 33 + index),
      minutes: 0,
      stale: false,
      careTotal: 0,
      search: '',
    }));
    const { points, height } = project(rows, 1000, 40);
    const [north, south] = points;
    expect(north?.row.shelter.location?.coordinates[1]).toBe(34);
    expect(north?.x).toBeGreaterThan(south?.x ?? Infinity);
    for (const point of points) {
      expect(point.x).toBeGreaterThanOrEqual(40);
      expect(point.x).toBeLessThanOrEqual(960);
      expect(point.y).toBeGreaterThanOrEqual(40);
      expect(point.y).toBeLessThanOrEqual(height - 40);
    }
  });

  itPassesAxeForEveryStory(stories);
});
