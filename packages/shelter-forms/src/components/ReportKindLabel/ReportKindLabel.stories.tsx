import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReportKindLabel } from './ReportKindLabel';

const meta = {
  title: 'Shelter/ReportKindLabel',
  component: ReportKindLabel,
  tags: ['autodocs'],
} satisfies Meta<typeof ReportKindLabel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** opening */
export const Opening: Story = { args: { kind: 'opening' } };

/** status */
export const Status: Story = { args: { kind: 'status' } };

/** supply_request */
export const SupplyRequest: Story = { args: { kind: 'supply_request' } };

/** damage */
export const Damage: Story = { args: { kind: 'damage' } };

/** closing */
export const Closing: Story = { args: { kind: 'closing' } };

/** English. */
export const English: Story = { args: { kind: 'opening' }, globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { args: { kind: 'opening' }, globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { kind: 'opening' },
  globals: { theme: 'high-contrast' },
};
