import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { boardRow } from '../hq/board';
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import { ShelterMap } from './ShelterMap';
import { locatedShelters } from './sampleLocations';

const meta = {
  title: 'Shelter/ShelterMap',
  component: ShelterMap,
  tags: ['autodocs'],
  args: { shelters: locatedShelters(5), now: SAMPLE_NOW, onSelect: fn() },
} satisfies Meta<typeof ShelterMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Five shelters: open, silent (報告途絶), with supply requests, not yet reported. */
export const FiveShelters: Story = {
  play: async ({ canvasElement }) => {
    const markers = within(canvasElement).getAllByRole('button');
    await expect(markers).toHaveLength(5);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(markers[1]).toHaveFocus();
  },
};

/** 500 shelters, a few without a position (counted, not drawn). */
export const FiveHundredShelters: Story = { args: { shelters: locatedShelters(500, 50) } };

/** Only the silent shelters: ▲ in red, each named 報告途絶. */
export const StaleShelters: Story = {
  args: {
    shelters: locatedShelters(60).filter((shelter) => boardRow(shelter, SAMPLE_NOW, 180).stale),
  },
};

/** No shelter has coordinates: the map says so and points to the list. */
export const NoneWithCoordinates: Story = { args: { shelters: sampleShelters(5) } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = {
  args: { shelters: locatedShelters(30) },
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { shelters: locatedShelters(30) },
  globals: { theme: 'high-contrast' },
};
