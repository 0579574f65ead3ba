import type { Meta, StoryObj } from '@storybook/react-vite';
import { Notice } from './Notice';

const meta = {
  title: 'Feedback/Notice',
  component: Notice,
  tags: ['autodocs'],
  args: {
    tone: 'info',
    title: '年末年始の窓口について',
    children: <p>12月29日から1月3日まで、本庁と支所の窓口はお休みです。</p>,
  },
} satisfies Meta<typeof Notice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A static notice that is part of the page: no live region. */
export const Info: Story = {};

/** Confirms something worked; `announce` makes a screen reader say it politely. */
export const Success: Story = {
  args: {
    tone: 'success',
    announce: true,
    title: '予約が完了しました',
    children: <p>受付番号は A-1234 です。確認のメールを送りました。</p>,
  },
};

/** Something the resident should know before going on. */
export const Warning: Story = {
  args: {
    tone: 'warning',
    title: '本人確認書類が必要です',
    children: <p>マイナンバーカードか運転免許証をお持ちください。</p>,
  },
};

/** A failure the user must act on; `announce` makes it an assertive alert. */
export const ErrorTone: Story = {
  args: {
    tone: 'error',
    announce: true,
    title: '送信できませんでした',
    children: (
      <p>
        通信が切れました。しばらくしてから、もう一度お試しください。
        <a href="#retry">やり直す</a>
      </p>
    ),
  },
};

/** With no title, the tone's name is the title. */
export const WithoutTitle: Story = {
  args: {
    tone: 'warning',
    title: undefined,
    children: <p>入力した内容はまだ送信されていません。</p>,
  },
};

/** English: the tone names come from the catalog. */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    tone: 'warning',
    title: 'Bring proof of identity',
    children: <p>Please bring your My Number card or driving licence.</p>,
  },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  args: {
    tone: 'info',
    title: undefined,
    children: <p>12月29日から 1月3日まで 市役所は 休みです。</p>,
  },
};

/** All tones in the high-contrast theme. */
export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      {(['info', 'success', 'warning', 'error'] as const).map((tone) => (
        <Notice key={tone} {...args} tone={tone} title={undefined} />
      ))}
    </div>
  ),
};

/** At a phone's width the text wraps beside the icon. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile', isRotated: false } },
  args: { tone: 'error', title: '送信できませんでした' },
};
