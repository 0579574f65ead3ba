import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { type CreateBookingBody, sampleBookingSeed } from '../../core/index';
import { networkError } from '../storySupport';
import { CheckAnswers } from './CheckAnswers';

const { services, locations } = sampleBookingSeed();

const answers: CreateBookingBody = {
  serviceId: 'welfare',
  locationId: 'kitaura-branch',
  start: '2026-12-02T10:00:00+09:00',
  resident: { name: '宇和島 太郎', nameKana: 'ウワジマ　タロウ', phone: '0895-24-1111' },
  consent: true,
};

const meta = {
  title: 'Booking/CheckAnswers',
  component: CheckAnswers,
  tags: ['autodocs'],
  args: {
    answers,
    service: services[2],
    location: locations[0],
    slot: { start: answers.start, end: '2026-12-02T11:00:00+09:00' },
    onChangeAnswer: fn(),
    onSubmit: fn(),
  },
} satisfies Meta<typeof CheckAnswers>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every answer with a 変更 (change) action; optional answers left empty say なし. */
export const Default: Story = {};

/** Change actions name their row for screen readers ("変更 氏名") and return the step to ask again. */
export const ChangeAnAnswer: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '変更 氏名' }));
    await expect(args.onChangeAnswer).toHaveBeenCalledWith('details');
    await userEvent.click(canvas.getByRole('button', { name: '変更 日時' }));
    await expect(args.onChangeAnswer).toHaveBeenCalledWith('datetime');
  },
};

/** With e-mail, a summary and accommodations. */
export const WithEverything: Story = {
  args: {
    answers: {
      ...answers,
      resident: { ...answers.resident, email: 'taro@example.jp' },
      summary: '家賃が払えず、生活費の相談をしたいです。\n家族は3人です。',
      accommodations: [{ type: 'sign_language' }, { type: 'interpreter', language: 'ベトナム語' }],
    },
  },
};

/** Sending: the button shows a spinner and ignores more presses. */
export const Submitting: Story = { args: { submission: { status: 'submitting' } } };

/** The send failed (offline): everything is kept; the same request can be sent again. */
export const NetworkError: Story = {
  args: { submission: { status: 'failed', error: networkError() } },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width: label, answer and change action stack. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
