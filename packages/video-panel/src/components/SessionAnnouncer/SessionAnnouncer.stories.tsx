import type { Meta, StoryObj } from '@storybook/react-vite';
import { StorySession, specialist } from '../storySupport';
import { SessionAnnouncer } from './SessionAnnouncer';

/**
 * The live region is visually hidden; these stories script the events it announces (a join, a
 * mute, a leave). Listen with a screen reader, or inspect the `role="log"` element.
 */
const meta = {
  title: 'Video/SessionAnnouncer',
  component: SessionAnnouncer,
  tags: ['autodocs'],
  decorators: [
    (Story) => (
      <StorySession
        join
        engine={{
          participants: [specialist],
          script: [
            { afterMs: 100, action: { type: 'join', participant: { id: 'x', name: '通訳 李' } } },
            { afterMs: 200, action: { type: 'update', id: 'specialist', muted: true } },
            { afterMs: 300, action: { type: 'leave', id: 'x' } },
          ],
        }}
      >
        <p>スクリーンリーダーで聞いてください（画面には表示されません）。</p>
        <Story />
      </StorySession>
    ),
  ],
} satisfies Meta<typeof SessionAnnouncer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Joins, a mute and a leave, announced politely. */
export const Announcements: Story = {};

/** English. */
export const English: Story = { globals: { locale: 'en' } };
