import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleReportData } from '../../core/validation/fixtures';
import { continueAndSend, findIn, pressContinue, reportFormStory } from '../storySupport';
import { ShelterOpeningForm, type ShelterOpeningFormProps } from './ShelterOpeningForm';

type Args = Omit<ShelterOpeningFormProps, 'outbox'>;

const meta = {
  title: 'Shelter/ShelterOpeningForm',
  component: ShelterOpeningForm as unknown as (
    props: Args,
  ) => ReturnType<typeof ShelterOpeningForm>,
  tags: ['autodocs'],
  ...reportFormStory(ShelterOpeningForm),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = { initialData: exampleReportData.opening };

/** Empty, with 未確認 toggles on every field that may be unknown in the first 30 minutes. */
export const Empty: Story = {};

/** Filled in. */
export const Filled: Story = { args: filled };

/** Sent with what is known: the opening time and the head count are still 未確認. */
export const Unconfirmed: Story = {
  args: {
    initialData: {
      openingStatus: 'open',
      reportedAt: '2026-12-01T09:40:00+09:00',
      unconfirmedFields: ['openedAt', 'evacueeTotal'],
    },
  },
};

/** Continue with nothing chosen: the summary takes focus. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => pressContinue(canvasElement, true),
};

/** Saved on the device with no signal. */
export const SavedOffline: Story = {
  args: filled,
  play: async ({ canvasElement }) => {
    await continueAndSend(canvasElement);
    await findIn(canvasElement, '[data-status="queued"]');
  },
};

/** English. */
export const English: Story = { args: filled, globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = {
  args: filled,
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

/** High-contrast theme. */
export const HighContrast: Story = { args: filled, globals: { theme: 'high-contrast' } };
