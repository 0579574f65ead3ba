import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { sampleBookingSeed } from '../../core/index';

const sampleServices = sampleBookingSeed().services;

import { ServicePicker } from './ServicePicker';

const meta = {
  title: 'Booking/ServicePicker',
  component: ServicePicker,
  tags: ['autodocs'],
  args: { services: sampleServices, onChange: fn() },
} satisfies Meta<typeof ServicePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The three sample services, each with its description, length and where it can happen. */
export const Default: Story = {};

/** Choosing with the keyboard: Tab into the group, arrow keys between answers. */
export const Choose: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '出生届など戸籍の届出' }));
    await expect(args.onChange).toHaveBeenCalledWith('family-register');
  },
};

/** Already chosen (coming back to the question). */
export const Selected: Story = { args: { defaultValue: 'welfare' } };

/** After "continue" with nothing chosen. */
export const WithError: Story = { args: { error: '相談の内容を選んでください', id: 'serviceId' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
