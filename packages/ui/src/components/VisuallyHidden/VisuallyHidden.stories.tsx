import type { Meta, StoryObj } from '@storybook/react-vite';
import { VisuallyHidden } from './VisuallyHidden';

const meta = {
  title: 'Feedback/VisuallyHidden',
  component: VisuallyHidden,
  tags: ['autodocs'],
  args: { children: '（新しいタブで開きます）' },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Extra words for a link whose visible text leaves something out. */
export const Default: Story = {
  render: (args) => (
    <a href="https://www.digital.go.jp/" target="_blank" rel="noreferrer">
      デジタル庁 <VisuallyHidden {...args} />
    </a>
  ),
};

/** Shown only while focused: press Tab to see it. */
export const Focusable: Story = {
  args: { focusable: true, children: undefined },
  render: (args) => (
    <VisuallyHidden {...args}>
      <a href="#content">本文へ移動</a>
    </VisuallyHidden>
  ),
};

/** A block of content, such as a table's summary. */
export const Block: Story = {
  args: { as: 'div', children: '表は、月ごとの相談件数を示しています。' },
  render: (args) => (
    <div>
      <VisuallyHidden {...args} />
      <p>相談件数の推移</p>
    </div>
  ),
};

/** The focusable variant in English: press Tab to see it. */
export const English: Story = { ...Focusable, globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { ...Focusable, globals: { locale: 'ja-easy' } };

/** High contrast: the revealed link keeps the theme's colours and focus ring. */
export const HighContrast: Story = { ...Focusable, globals: { theme: 'high-contrast' } };
