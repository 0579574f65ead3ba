import type { Meta, StoryObj } from '@storybook/react-vite';
import { SAMPLE_NOW, sampleHistory, sampleShelters } from '../hq/sample';
import { ShelterDetail } from './ShelterDetail';

const [first, , third] = sampleShelters(12);
const silent =
  sampleShelters(12).find((shelter) => shelter.nationalShelterId.endsWith('00011111')) ?? third;

const meta = {
  title: 'Shelter/ShelterDetail',
  component: ShelterDetail,
  tags: ['autodocs'],
  args: { shelter: first!, reports: sampleHistory(), now: SAMPLE_NOW },
} satisfies Meta<typeof ShelterDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four reports, newest first: a status report corrected 45 minutes later (both kept, linked). */
export const History: Story = {};

/** A silent shelter: 報告途絶. */
export const Stale: Story = { args: { shelter: silent!, now: SAMPLE_NOW + 4 * 60 * 60_000 } };

/** No report yet. */
export const NoReports: Story = { args: { reports: [] } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone or a narrow window. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
