import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConsultationModeLabel } from './ConsultationModeLabel';

const meta = {
  title: 'Booking/ConsultationModeLabel',
  component: ConsultationModeLabel,
  tags: ['autodocs'],
} satisfies Meta<typeof ConsultationModeLabel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** branch */
export const Branch: Story = { args: { mode: 'branch' } };

/** home */
export const Home: Story = { args: { mode: 'home' } };

/** English. */
export const English: Story = { args: { mode: 'branch' }, globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { args: { mode: 'branch' }, globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { mode: 'branch' },
  globals: { theme: 'high-contrast' },
};

/** Phone width: the label wraps with the text around it, never overflowing. */
export const Mobile: Story = {
  args: { mode: 'home' },
  globals: { viewport: { value: 'mobile', isRotated: false } },
};
