import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { exampleReportData } from '../../core/validation/fixtures';
import { findIn, pressContinue, reportFormStory } from '../storySupport';
import { SupplyRequestForm, type SupplyRequestFormProps } from './SupplyRequestForm';

type Args = Omit<SupplyRequestFormProps, 'outbox'>;

const meta = {
  title: 'Shelter/SupplyRequestForm',
  component: SupplyRequestForm as unknown as (props: Args) => ReturnType<typeof SupplyRequestForm>,
  tags: ['autodocs'],
  ...reportFormStory(SupplyRequestForm),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = { initialData: exampleReportData.supply_request };

/** Empty: the 8 basic push-support items are one tap away. */
export const Empty: Story = {};

/** Three lines: food, infant formula (with a detail) and another item by name. */
export const Filled: Story = { args: filled };

/** One tap on 毛布 adds a line with its unit (枚) filled in and puts the cursor in the quantity. */
export const QuickAdd: Story = {
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-report-form');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '＋毛布' }));
    const quantity = await findIn(canvasElement, '.machi-report-line input[inputmode="numeric"]');
    await waitFor(() => expect(quantity).toHaveFocus());
    await userEvent.type(quantity, '50');
  },
};

/** Nothing requested, and an その他 line without a name. */
export const ValidationErrors: Story = {
  args: {
    initialData: {
      requestedAt: '2026-12-01T12:00:00+09:00',
      items: [{ item: 'other', quantity: 2, unit: 'box' }],
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
