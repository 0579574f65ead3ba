import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { exampleReportData } from '../../core/validation/fixtures';
import { continueAndSend, findIn, pressContinue, reportFormStory } from '../storySupport';
import {
  continueStatusReport,
  ShelterStatusForm,
  type ShelterStatusFormProps,
} from './ShelterStatusForm';

type Args = Omit<ShelterStatusFormProps, 'outbox'>;

const meta = {
  title: 'Shelter/ShelterStatusForm',
  component: ShelterStatusForm as unknown as (props: Args) => ReturnType<typeof ShelterStatusForm>,
  tags: ['autodocs'],
  ...reportFormStory(ShelterStatusForm),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = { initialData: exampleReportData.status };

/** A first report (第1報), empty: 未確認 toggles are offered on every field that may be unknown. */
export const Empty: Story = {};

/** The next report, carried over from the last one (第3報): counts to update, no 未確認 toggles. */
export const FollowUp: Story = {
  args: { initialData: continueStatusReport({ ...exampleReportData.status, reportSequence: 2 }) },
};

/** Every section filled in. */
export const Filled: Story = { args: filled };

/** A first report sent with what is known: the total and the care needs are still 未確認. */
export const Unconfirmed: Story = {
  args: {
    initialData: {
      reportSequence: 1,
      asOf: '2026-12-01T09:30:00+09:00',
      evacueeMale: 20,
      unconfirmedFields: ['evacueeTotal', 'careNeeds'],
    },
  },
};

/** Continue with mistakes: the error summary takes focus and links to each field; values are kept. */
export const ValidationErrors: Story = {
  args: {
    initialData: {
      reportSequence: 2,
      asOf: '2026-12-01T12:00:00+09:00',
      evacueeMale: 70,
      evacueeFemale: 60,
      evacueeTotal: 100,
      toiletCountUsable: 12,
      toiletCountTotal: 10,
      evacueeHouseholds: '四十' as unknown as number,
      suppliesNeeded: [{ item: 'other', quantity: 3, unit: 'box' }],
    },
  },
  play: async ({ canvasElement }) => {
    await pressContinue(canvasElement, true);
    const summary = await findIn(canvasElement, '.machi-error-summary');
    await expect(within(summary).getAllByRole('link')).toHaveLength(4);
  },
};

/** The check step: every answer with a 変更 link. */
export const CheckAnswers: Story = {
  args: filled,
  play: async ({ canvasElement }) => {
    await pressContinue(canvasElement);
    await findIn(canvasElement, '.machi-report-summary');
  },
};

/** No signal: the report is saved on the device and waits ("電波が戻ると自動で送ります"). */
export const SavedOffline: Story = {
  args: filled,
  play: async ({ canvasElement }) => {
    await continueAndSend(canvasElement);
    await findIn(canvasElement, '[data-status="queued"]');
  },
};

/** The request hangs on a poor link: 送信中. */
export const Sending: Story = {
  args: filled,
  parameters: { outbox: { hang: true } },
  play: async ({ canvasElement }) => {
    await continueAndSend(canvasElement);
    await findIn(canvasElement, '[data-status="sending"]');
  },
};

/** Online: HQ has it, with the time of receipt. */
export const Delivered: Story = {
  args: filled,
  parameters: { outbox: { online: true } },
  play: async ({ canvasElement }) => {
    await continueAndSend(canvasElement);
    await findIn(canvasElement, '[data-status="sent"]');
  },
};

/** After sending, 内容を訂正する opens a correction: a new report that supersedes the sent one. */
export const Correction: Story = {
  args: filled,
  parameters: { outbox: { online: true } },
  play: async ({ canvasElement }) => {
    await continueAndSend(canvasElement);
    await findIn(canvasElement, '[data-status="sent"]');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '内容を訂正する' }));
    await findIn(canvasElement, '.machi-notice');
  },
};

/** The device is full: the answers stay on screen, the form says so and offers to save again. */
export const QuotaExceeded: Story = {
  args: filled,
  parameters: { outbox: { storageFull: true } },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '[data-problem="quota_exceeded"]');
  },
};

/** English. */
export const English: Story = { args: filled, globals: { locale: 'en' } };

/** やさしい日本語, a first report. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone held by shelter staff. */
export const Mobile: Story = {
  args: filled,
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

/** High-contrast theme. */
export const HighContrast: Story = { args: filled, globals: { theme: 'high-contrast' } };
