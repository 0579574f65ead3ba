import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from './DateInput';

const meta = {
  title: 'Forms/DateInput',
  component: DateInput,
  tags: ['autodocs'],
  args: {
    id: 'birthday',
    name: 'birthday',
    label: '生年月日',
    hint: '例：1980年4月1日',
    required: true,
    autoComplete: 'bday',
  },
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty: three numeric fields, 年→月→日. */
export const Default: Story = {};

/** Filled: the era appears next to the year. */
export const Filled: Story = { args: { defaultValue: { year: '1980', month: '4', day: '1' } } };

/** A date the calendar can fill in; typing still works. */
export const WithPicker: Story = {
  args: {
    id: 'visit',
    name: 'visit',
    label: '来庁予定日',
    hint: '例：2026年12月1日',
    autoComplete: undefined,
    showPicker: true,
    min: '2026-01-01',
    max: '2027-12-31',
  },
};

/** The whole date is wrong. */
export const WithError: Story = {
  args: {
    defaultValue: { year: '', month: '', day: '' },
    error: '生年月日を入力してください',
  },
};

/** Only the month is wrong, so only the month is marked. */
export const WithPartError: Story = {
  args: {
    defaultValue: { year: '1980', month: '13', day: '1' },
    error: '生年月日の月は1から12の数字で入力してください',
    invalidParts: ['month'],
  },
};

/** Optional question. */
export const Optional: Story = { args: { required: false, hint: undefined } };

/** Not editable now. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: { year: '1980', month: '4', day: '1' }, showPicker: true },
};

/** English: labels above the fields, era in English. */
export const English: Story = {
  args: {
    label: 'Date of birth',
    hint: 'For example, 1 April 1980',
    defaultValue: { year: '1980', month: '4', day: '1' },
  },
  globals: { locale: 'en' },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  args: { label: 'うまれた 日', hint: 'れい：1980年4月1日' },
  globals: { locale: 'ja-easy' },
};

/** High contrast, with a part error and the picker. */
export const HighContrast: Story = {
  args: {
    defaultValue: { year: '2025', month: '13', day: '1' },
    error: '月は1から12の数字で入力してください',
    invalidParts: ['month'],
    showPicker: true,
  },
  globals: { theme: 'high-contrast' },
};

/** Phone width: the fields wrap, the numeric keyboard opens. */
export const Mobile: Story = {
  args: { showPicker: true },
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

/** Typing the year shows its era; Tab goes 年 → 月 → 日. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('年'), '2025');
    await expect(canvas.getByText('2025年(令和7年)')).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByLabelText('月')).toHaveFocus();
    await userEvent.keyboard('4');
    await userEvent.tab();
    await userEvent.keyboard('1');
    await expect(canvas.getByLabelText('日')).toHaveValue('1');
  },
};
