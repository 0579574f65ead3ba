import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { RadioGroup } from './RadioGroup';

const meta = {
  title: 'Forms/RadioGroup',
  component: RadioGroup,
  tags: ['autodocs'],
  args: {
    id: 'method',
    name: 'method',
    label: '相談の方法',
    hint: 'ご都合のよい方法を選んでください',
    required: true,
    options: [
      {
        value: 'video',
        label: 'オンライン（ビデオ通話）',
        hint: 'スマートフォンかパソコンが必要です',
      },
      { value: 'branch', label: '支所の窓口で', hint: 'お近くの支所から本庁の担当者とつなぎます' },
      { value: 'phone', label: '電話' },
    ],
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet. */
export const Default: Story = {};

/** With a choice. */
export const Filled: Story = { args: { defaultValue: 'branch' } };

/** Two short answers side by side. */
export const Horizontal: Story = {
  args: {
    id: 'first-time',
    name: 'firstTime',
    label: '初めてのご相談ですか',
    hint: undefined,
    orientation: 'horizontal',
    options: [
      { value: 'yes', label: 'はい' },
      { value: 'no', label: 'いいえ' },
    ],
  },
};

/** After a failed submit. */
export const WithError: Story = { args: { error: '相談の方法を選んでください' } };

/** Optional question. */
export const Optional: Story = { args: { required: false, hint: undefined } };

/** The whole group, or one answer, not available. */
export const Disabled: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <RadioGroup {...args} disabled defaultValue="video" />
      <RadioGroup
        {...args}
        id="method-2"
        name="method2"
        label="相談の方法（電話は受付終了）"
        options={args.options.map((option) =>
          option.value === 'phone' ? { ...option, disabled: true } : option,
        )}
      />
    </div>
  ),
};

/** English. */
export const English: Story = {
  args: {
    label: 'How would you like to talk to us?',
    hint: undefined,
    error: 'Choose how you would like to talk to us',
    options: [
      { value: 'video', label: 'Online (video call)', hint: 'You need a smartphone or a computer' },
      { value: 'branch', label: 'At a branch office' },
      { value: 'phone', label: 'By phone' },
    ],
  },
  globals: { locale: 'en' },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  args: {
    label: 'どうやって そうだん しますか',
    hint: undefined,
    options: [
      { value: 'video', label: 'ビデオで はなす' },
      { value: 'branch', label: 'ししょに 行く' },
      { value: 'phone', label: 'でんわ' },
    ],
  },
  globals: { locale: 'ja-easy' },
};

/** High contrast, with a choice and an error. */
export const HighContrast: Story = {
  args: { defaultValue: 'video', error: '相談の方法を選んでください' },
  globals: { theme: 'high-contrast' },
};

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** Tab enters the group once; the arrow keys choose. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('オンライン（ビデオ通話）'));
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByLabelText('支所の窓口で')).toBeChecked();
    await expect(canvas.getByLabelText('支所の窓口で')).toHaveFocus();
  },
};
