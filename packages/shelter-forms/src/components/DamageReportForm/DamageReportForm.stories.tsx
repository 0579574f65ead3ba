import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { exampleReportData } from '../../core/validation/fixtures';
import {
  findIn,
  pressContinue,
  reportFormStory,
  storyGeolocation,
  storyPhoto,
  storyPhotoCodec,
} from '../storySupport';
import { DamageReportForm, type DamageReportFormProps } from './DamageReportForm';

type Args = Omit<DamageReportFormProps, 'outbox'>;

const meta = {
  title: 'Shelter/DamageReportForm',
  component: DamageReportForm as unknown as (props: Args) => ReturnType<typeof DamageReportForm>,
  tags: ['autodocs'],
  ...reportFormStory(DamageReportForm),
  args: {
    ...reportFormStory(DamageReportForm).args,
    geolocation: storyGeolocation('found'),
    photoOptions: { codec: storyPhotoCodec },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const { photos: _photos, ...withoutPhotos } = exampleReportData.damage;
const filled = { initialData: withoutPhotos };

/** Empty. */
export const Empty: Story = {};

/** Filled in (a photo attached earlier shows without a preview after a reload). */
export const Filled: Story = { args: { initialData: exampleReportData.damage } };

/** "現在地を使う" fills latitude and longitude and says how precise the fix is. */
export const UseMyLocation: Story = {
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-report-form');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '現在地を使う' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-status="located"]')?.textContent).toMatch(/12/),
    );
  },
};

/** The person refused the location: the form says so and moves to the address. */
export const LocationDenied: Story = {
  args: { geolocation: storyGeolocation('denied') },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-report-form');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '現在地を使う' }));
    await findIn(canvasElement, '[data-status="denied"]');
  },
};

/** No location service at all: no button, the address is the way. */
export const NoLocationService: Story = { args: { geolocation: null } };

/** Two photos chosen: resized on the device, previewed, each with a remove button. */
export const Photos: Story = {
  args: filled,
  play: async ({ canvasElement }) => {
    const input = (await findIn(canvasElement, 'input[type="file"]')) as HTMLInputElement;
    // The control opens once the draft is on the device (photos are saved with it).
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.upload(input, [storyPhoto('#1b6ac9'), storyPhoto('#d4a017')]);
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('.machi-report-photos__item')).toHaveLength(2),
    );
  },
};

/** No place and no description. */
export const ValidationErrors: Story = {
  args: {
    initialData: {
      damageKind: 'flooding',
      severity: 'moderate',
      reportedAt: '2026-12-01T12:00:00+09:00',
    },
  },
  play: async ({ canvasElement }) => pressContinue(canvasElement, true),
};

/** English. */
export const English: Story = { args: filled, globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { args: filled, globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = {
  args: filled,
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

/** High-contrast theme. */
export const HighContrast: Story = { args: filled, globals: { theme: 'high-contrast' } };
