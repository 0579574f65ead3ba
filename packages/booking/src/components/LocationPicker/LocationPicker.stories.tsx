import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { sampleBookingSeed } from '../../core/index';

const { services: sampleServices, locations: sampleLocations } = sampleBookingSeed();

import { LocationPicker } from './LocationPicker';

const meta = {
  title: 'Booking/LocationPicker',
  component: LocationPicker,
  tags: ['autodocs'],
  args: { locations: sampleLocations, service: sampleServices[2], onChange: fn() },
} satisfies Meta<typeof LocationPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four branch offices with their addresses, and "from home" (生活保護の相談 allows both). */
export const Default: Story = {};

/** A service offered only at branches: "from home" is left out and the hint says why. */
export const BranchOnlyService: Story = { args: { service: sampleServices[1] } };

/** Already chosen. */
export const Selected: Story = { args: { defaultValue: 'home' } };

/** After "continue" with nothing chosen. */
export const WithError: Story = { args: { error: '相談の場所を選んでください', id: 'locationId' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
