import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink';

const meta = {
  title: 'Navigation/SkipLink',
  component: SkipLink,
  tags: ['autodocs'],
  render: (args) => (
    <>
      <SkipLink {...args} />
      <header style={{ paddingTop: 64 }}>
        <nav aria-label="グローバルナビゲーション">
          <a href="#consultation">オンライン相談</a> ・ <a href="#shelters">避難所</a>
        </nav>
      </header>
      <main id={args.targetId ?? 'main'}>
        <h1>宇和島市 オンライン窓口</h1>
        <p>Tab キーを押すと、最初に「本文へ移動」が表示されます。</p>
      </main>
    </>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Press Tab: the link appears; Enter moves focus to `<main>`. */
export const Default: Story = {};

/** Tabs to the skip link (the first link on the page, in any locale) so it shows. */
const focusSkipLink: Story['play'] = async ({ canvasElement }) => {
  await userEvent.tab();
  await expect(within(canvasElement).getAllByRole('link')[0]).toHaveFocus();
};

/** Shown as it looks while focused, for review. */
export const Focused: Story = { play: focusSkipLink };

/** Following the link moves keyboard focus into the main content. */
export const MovesFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

/** Another target id. */
export const CustomTarget: Story = { args: { targetId: 'content' } };

/** English. */
export const English: Story = { globals: { locale: 'en' }, play: focusSkipLink };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' }, play: focusSkipLink };

/** High-contrast theme, focused. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: focusSkipLink };

/** Phone width, focused. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile', isRotated: false } },
  play: focusSkipLink,
};
