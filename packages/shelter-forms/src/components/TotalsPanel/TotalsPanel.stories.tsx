import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { summarizeShelters } from '../hq/board';
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import { TotalsPanel } from './TotalsPanel';

const overview = summarizeShelters(sampleShelters(40), { now: SAMPLE_NOW });

const meta = {
  title: 'Shelter/TotalsPanel',
  component: TotalsPanel,
  tags: ['autodocs'],
  args: { overview, onSelectShelter: fn() },
} satisfies Meta<typeof TotalsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Forty shelters, a few of them silent. */
export const Default: Story = {};

/** Every shelter reporting. */
export const NoneStale: Story = {
  args: { overview: summarizeShelters(sampleShelters(6), { now: SAMPLE_NOW }) },
};

/** 500 shelters. */
export const FiveHundred: Story = {
  args: {
    overview: summarizeShelters(sampleShelters(500), { now: SAMPLE_NOW, staleAfterMinutes: 400 }),
  },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
