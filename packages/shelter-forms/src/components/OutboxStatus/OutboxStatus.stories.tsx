import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { examplePhoto, queueDamageWithPhotos } from '../../core/testing/example-photo';
import {
  findIn,
  queueExample,
  refusedReport,
  STORY_SHELTER,
  StoryOutbox,
  type StoryOutboxContext,
  type StoryOutboxOptions,
  threeQueued,
  whenOutbox,
} from '../storySupport';
import { OutboxStatus, type OutboxStatusProps } from './OutboxStatus';

type Args = Omit<OutboxStatusProps, 'outbox'>;

const meta = {
  title: 'Shelter/OutboxStatus',
  component: OutboxStatus as unknown as (props: Args) => ReturnType<typeof OutboxStatus>,
  tags: ['autodocs'],
  args: { onOpenDraft: fn(), onCorrection: fn(), onExport: fn() },
  parameters: { outbox: { setup: threeQueued } satisfies StoryOutboxOptions },
  render: (args, { parameters }) => (
    <StoryOutbox {...(parameters.outbox as StoryOutboxOptions)}>
      {({ outbox }) => <OutboxStatus {...args} outbox={outbox} />}
    </StoryOutbox>
  ),
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-outbox');
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing on the device yet. */
export const Empty: Story = { parameters: { outbox: {} } };

/** No signal, three reports saved on the device and waiting; "今すぐ送信" and the count badge. */
export const OfflineThreeQueued: Story = {
  play: async ({ canvasElement }) => {
    const badge = await findIn(canvasElement, '.machi-outbox__badge');
    await expect(badge).toHaveTextContent('送信待ち 3件');
  },
};

/** A poor link: the first report is 送信中, the others wait their turn. */
export const Sending: Story = {
  parameters: {
    outbox: {
      hang: true,
      setup: async (context: StoryOutboxContext) => {
        await threeQueued(context);
        await whenOutbox(context.outbox, (snapshot) => snapshot.counts.sending === 1);
      },
    },
  },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-outbox__entry[data-status="sending"]');
  },
};

/** Online: both reports delivered, each with the time HQ received it. */
export const Delivered: Story = {
  parameters: {
    outbox: {
      online: true,
      setup: async ({ outbox }: StoryOutboxContext) => {
        await queueExample(outbox, 'opening');
        await queueExample(outbox, 'status');
        await whenOutbox(outbox, (snapshot) => snapshot.counts.sent === 2);
      },
    },
  },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-outbox__entry[data-status="sent"]');
  },
};

/** HQ holds other content under the report's id (409 id_conflict): 要対応, with retry, correct and delete. */
export const Conflict: Story = {
  parameters: { outbox: { online: true, setup: refusedReport } },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-outbox__entry[data-status="needs_attention"]');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '削除' }));
    const dialog = await within(document.body).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '削除しない' }));
  },
};

/** A draft to continue, beside a queued report. */
export const WithDraft: Story = {
  parameters: {
    outbox: {
      setup: async ({ outbox }: StoryOutboxContext) => {
        await outbox.createDraft({ shelterId: STORY_SHELTER, kind: 'closing' });
        await queueExample(outbox, 'status');
      },
    },
  },
};

/**
 * A damage report delivered with two of its three photos: the third was taken on another device
 * (the report came in a file), so "写真 2/3 送信済み" says what HQ is missing.
 */
export const PhotosPartlyDelivered: Story = {
  parameters: {
    outbox: {
      online: true,
      setup: async ({ outbox }: StoryOutboxContext) => {
        const photos = [await examplePhoto(1), await examplePhoto(2)];
        const elsewhere = (await examplePhoto(3)).reference;
        await queueDamageWithPhotos(outbox, STORY_SHELTER, photos, [elsewhere]);
        // Settled: each photo delivered, or known to be on another device (not waiting or uploading).
        await whenOutbox(outbox, (snapshot) =>
          Boolean(
            snapshot.sent[0]?.photos?.every(
              (photo) => photo.status === 'delivered' || photo.status === 'missing',
            ),
          ),
        );
      },
    },
  },
  play: async ({ canvasElement }) => {
    const photos = await findIn(canvasElement, '.machi-outbox__photos');
    await expect(photos).toHaveTextContent('写真 2/3 送信済み');
  },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** High-contrast theme, with a refused report. */
export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  parameters: { outbox: { online: true, setup: refusedReport } },
};
