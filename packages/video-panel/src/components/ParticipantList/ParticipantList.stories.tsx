import type { Meta, StoryObj } from '@storybook/react-vite';
import { classroom, findIn, StorySession, specialist } from '../storySupport';
import { ParticipantList } from './ParticipantList';

const meta = {
  title: 'Video/ParticipantList',
  component: ParticipantList,
  tags: ['autodocs'],
  decorators: [
    (Story, { parameters }) => (
      <StorySession join engine={{ participants: parameters.people ?? [specialist] }}>
        <Story />
      </StorySession>
    ),
  ],
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-participants__item');
  },
} satisfies Meta<typeof ParticipantList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A consultation: the resident and the specialist (host, speaking). */
export const Consultation: Story = {};

/** A class: some muted, some with the camera off, one with a poor connection. */
export const Classroom: Story = {
  parameters: { people: [...classroom(6), { name: '生徒 7', network: 'poor' }] },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
