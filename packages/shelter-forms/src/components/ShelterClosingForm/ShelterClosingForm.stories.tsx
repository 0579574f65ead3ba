import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleReportData } from '../../core/validation/fixtures';
import { continueAndSend, findIn, pressContinue, reportFormStory } from '../storySupport';
import { ShelterClosingForm, type ShelterClosingFormProps } from './ShelterClosingForm';

type Args = Omit<ShelterClosingFormProps, 'outbox'>;

const meta = {
  title: 'Shelter/ShelterClosingForm',
  component: ShelterClosingForm as unknown as (
    props: Args,
  ) => ReturnType<typeof ShelterClosingForm>,
  tags: ['autodocs'],
  ...reportFormStory(ShelterClosingForm),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = { initialData: exampleReportData.closing };

/** Empty (the closing time defaults to now). */
export const Empty: Story = {};

/** Filled in. */
export const Filled: Story = { args: filled };

/** Evacuees remained but where they went is missing. */
export const ValidationErrors: Story = {
  args: { initialData: { closedAt: '2026-12-05T10:00:00+09:00', remainingEvacuees: 4 } },
  play: async ({ canvasElement }) => pressContinue(canvasElement, true),
};

/** Online: delivered, with the time of receipt. */
export const Delivered: Story = {
  args: filled,
  parameters: { outbox: { online: true } },
  play: async ({ canvasElement }) => {
    await continueAndSend(canvasElement);
    await findIn(canvasElement, '[data-status="sent"]');
  },
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
