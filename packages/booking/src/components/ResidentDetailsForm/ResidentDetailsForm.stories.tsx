import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { emptyDetails } from '../../core/index';
import { ResidentDetailsForm } from './ResidentDetailsForm';

const meta = {
  title: 'Booking/ResidentDetailsForm',
  component: ResidentDetailsForm,
  tags: ['autodocs'],
  args: { onSubmit: fn(), onChange: fn(), idPrefix: 'details' },
} satisfies Meta<typeof ResidentDetailsForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = {
  name: '宇和島 太郎',
  nameKana: 'ウワジマ タロウ',
  phone: '0895-24-1111',
  email: 'taro@example.jp',
  consent: true,
};

/** Empty: every question marked ※必須 or ※任意. */
export const Empty: Story = {};

/** Submitted empty: the error summary takes focus and links to each field; the title gets "エラー：". */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '次へ進む' }));
    const summary = await canvas.findByRole('region', {
      name: 'エラー：入力内容を確認してください',
    });
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.click(within(summary).getByRole('link', { name: '氏名を入力してください' }));
    await expect(canvas.getByRole('textbox', { name: /氏名/ })).toHaveFocus();
  },
};

/** Hiragana in the furigana becomes katakana when the field is left, and the form says so. */
export const FuriganaNormalised: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /フリガナ/ }), 'うわじま はなこ');
    await userEvent.tab();
    await expect(await canvas.findByText(/フリガナをカタカナに直しました/)).toBeInTheDocument();
  },
};

/** A returning resident: answers kept as typed. */
export const Prefilled: Story = { args: { defaultValue: filled } };

/** Interpreter and "other" ticked: their questions appear right under the group. */
export const Accommodations: Story = {
  args: {
    defaultValue: {
      ...filled,
      accommodations: {
        ...emptyDetails().accommodations,
        interpreter: true,
        other: true,
        wheelchair: true,
      },
      interpreterLanguage: 'ベトナム語',
    },
  },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme, with errors showing. */
export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  play: ValidationErrors.play,
};

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
