import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import { ShelterBoard } from './ShelterBoard';

const five = sampleShelters(5);
const fiveHundred = sampleShelters(500);

const meta = {
  title: 'Shelter/ShelterBoard',
  component: ShelterBoard,
  tags: ['autodocs'],
  args: { shelters: five, now: SAMPLE_NOW, onSelectShelter: fn(), layout: 'table' },
} satisfies Meta<typeof ShelterBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Five shelters: one silent for over three hours (報告途絶), one not yet reported. */
export const FiveShelters: Story = {};

/** 500 shelters: the whole prefecture on the HQ screen. */
export const FiveHundredShelters: Story = { args: { shelters: fiveHundred } };

/** Only the silent shelters, longest silence first: who to phone now. */
export const StaleShelters: Story = {
  args: { shelters: sampleShelters(60), defaultFilter: { staleOnly: true } },
};

/** Sorting by a column header and searching by name. */
export const SortAndSearch: Story = {
  args: { shelters: sampleShelters(30) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /避難者数/ }));
    await expect(canvas.getByRole('columnheader', { name: /避難者数/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await userEvent.type(canvas.getByRole('searchbox'), '公民館');
    await waitFor(() => expect(canvas.getAllByRole('row')).toHaveLength(5));
  },
};

/** Names as links to each shelter's page. */
export const WithLinks: Story = {
  args: { shelterHref: (id: string) => `#shelter-${id}`, onSelectShelter: undefined },
};

/** Cards, as on a phone or a narrow window, with the sort in the toolbar. */
export const Cards: Story = { args: { shelters: sampleShelters(12), layout: 'cards' } };

/** A phone: the automatic layout turns into cards. */
export const Mobile: Story = {
  args: { shelters: sampleShelters(12), layout: 'auto' },
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

/** No shelter matches. */
export const Empty: Story = { args: { shelters: [] } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { shelters: sampleShelters(12) },
  globals: { theme: 'high-contrast' },
};
