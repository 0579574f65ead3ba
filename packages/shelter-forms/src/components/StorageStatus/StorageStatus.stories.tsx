import type { Meta, StoryObj } from '@storybook/react-vite';
import { findIn, StoryOutbox, type StoryOutboxOptions } from '../storySupport';
import { StorageStatus, type StorageStatusProps } from './StorageStatus';

type Args = Omit<StorageStatusProps, 'outbox'>;

const notPersisted = {
  persist: async () => false,
  persisted: async () => false,
  estimate: async () => ({ usage: 48_000_000, quota: 120_000_000 }),
};

const meta = {
  title: 'Shelter/StorageStatus',
  component: StorageStatus as unknown as (props: Args) => ReturnType<typeof StorageStatus>,
  tags: ['autodocs'],
  parameters: { outbox: {} satisfies StoryOutboxOptions },
  render: (args, { parameters }) => (
    <StoryOutbox {...(parameters.outbox as StoryOutboxOptions)}>
      {({ outbox }) => <StorageStatus {...args} outbox={outbox} />}
    </StoryOutbox>
  ),
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-storage__usage');
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Protected: the browser will not clear the reports on its own. */
export const Persisted: Story = {};

/** Not protected (Safari decides silently): ask again, and the iPhone advice. */
export const NotPersisted: Story = { parameters: { outbox: { storage: notPersisted } } };

/** The browser cannot say (no Storage API). */
export const Unknown: Story = {
  parameters: { outbox: { storage: {} } },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-storage[data-persisted="unknown"]');
  },
};

/** The disk is full: a write failed; the message and a retry. */
export const QuotaExceeded: Story = {
  parameters: { outbox: { storage: notPersisted, storageFull: true } },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-storage[data-problem="quota_exceeded"]');
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  parameters: { outbox: { storage: notPersisted } },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  parameters: { outbox: { storage: notPersisted } },
};

/** A phone. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile', isRotated: false } },
  parameters: { outbox: { storage: notPersisted } },
};

/** High-contrast theme, with the disk full. */
export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  parameters: { outbox: { storage: notPersisted, storageFull: true } },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-storage[data-problem="quota_exceeded"]');
  },
};
