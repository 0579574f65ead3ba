import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { BookingStep } from '../../core/flow/types';
import type { MemoryBookingApiOptions } from '../../core/index';
import {
  networkError,
  racingApi,
  settled,
  stillLoading,
  storyApi,
  storyNow,
  useStoryApi,
} from '../storySupport';
import { BookingWidget, type BookingWidgetProps } from './BookingWidget';

interface DemoProps extends Omit<BookingWidgetProps, 'api'> {
  apiOptions?: MemoryBookingApiOptions;
  race?: boolean;
}

/** The widget on a fresh in-memory back end per mount, at the stories' clock. */
function Demo({ apiOptions, race = false, ...props }: DemoProps) {
  const memory = useStoryApi(apiOptions);
  const [api] = useState(() => (race ? racingApi(memory) : memory));
  return <BookingWidget api={api} now={storyNow} {...props} />;
}

const prefilled: BookingWidgetProps['initial'] = {
  serviceId: 'welfare',
  locationId: 'kitaura-branch',
  details: {
    name: '宇和島 太郎',
    nameKana: 'ウワジマ タロウ',
    phone: '0895-24-1111',
    consent: true,
  },
};

const meta = {
  title: 'Booking/BookingWidget',
  component: BookingWidget,
  tags: ['autodocs'],
  play: settled,
  args: {
    api: storyApi(),
    onBooked: fn(),
    onError: fn(),
    onStepChange: fn(),
    manageUrl: (reference, token) => `#/consultation/manage/${reference}#token=${token}`,
    contact: <p>宇和島市役所 福祉課　電話 0895-24-1111（平日 8:30〜17:15）</p>,
  },
  render: ({ api: _api, ...args }) => <Demo {...args} />,
} satisfies Meta<typeof BookingWidget>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const submit = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]')!;

/** Continues past the prefilled service and place to the calendar. */
async function toCalendar(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findAllByRole('radio');
  await userEvent.click(submit(canvasElement));
  await canvas.findByRole('radio', { checked: true });
  await userEvent.click(submit(canvasElement));
  await canvas.findByRole('grid');
}

/** From the calendar (prefilled answers) to check answers: first free day, first time. */
async function toCheck(canvas: Canvas, canvasElement: HTMLElement) {
  await toCalendar(canvasElement);
  await userEvent.click(
    await canvas.findByRole('button', { name: /11月25日 水曜日、予約できます/ }),
  );
  await userEvent.click(await canvas.findByRole('radio', { name: '8:30〜9:30' }));
  await userEvent.click(canvas.getByRole('button', { name: '次へ進む' }));
  await userEvent.click(await canvas.findByRole('button', { name: '入力内容の確認へ進む' }));
  await canvas.findByRole('heading', { name: '入力内容を確認する' });
}

/** The whole flow on the in-memory back end: click through it. */
export const Default: Story = {};

/** Opened from a service page: the service and place are already chosen. */
export const Prefilled: Story = { args: { initial: prefilled } };

/** The calendar step: closed days say why, the list view is one press away. */
export const Calendar: Story = {
  args: { initial: prefilled },
  play: async ({ canvasElement }) => toCalendar(canvasElement),
};

/** "Continue" with nothing chosen: the error summary takes focus and links to the question. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('radio');
    await userEvent.click(canvas.getByRole('button', { name: '次へ進む' }));
    const summary = await canvas.findByRole('region', { name: /エラー/ });
    await waitFor(() => expect(summary).toHaveFocus());
  },
};

/** Check answers, ready to send. */
export const CheckAnswers: Story = {
  args: { initial: prefilled },
  play: async ({ canvasElement }) => toCheck(within(canvasElement), canvasElement),
};

/** Someone else booked the slot meanwhile (409): back to the calendar with nearby alternatives. */
export const SlotTakenWhileBooking: Story = {
  args: { initial: prefilled },
  render: ({ api: _api, ...args }) => <Demo {...args} race />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await toCheck(canvas, canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'この内容で予約する' }));
    await expect(
      await canvas.findByRole('heading', { name: /選んだ時間は予約できなくなりました/ }),
    ).toBeInTheDocument();
  },
};

/** The send failed (offline): the answers are kept and the same request is sent again. */
export const SubmitNetworkError: Story = {
  args: { initial: prefilled },
  render: ({ api: _api, ...args }) => (
    <Demo
      {...args}
      apiOptions={{
        failWith: (operation) => (operation === 'createBooking' ? networkError() : undefined),
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await toCheck(canvas, canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'この内容で予約する' }));
    await expect(
      await canvas.findByRole('button', { name: 'もう一度送信する' }),
    ).toBeInTheDocument();
  },
};

/** Booked: the confirmation with the reference. */
export const Confirmed: Story = {
  args: { initial: prefilled },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await toCheck(canvas, canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'この内容で予約する' }));
    await expect(
      await canvas.findByRole('heading', { name: '予約が完了しました' }),
    ).toBeInTheDocument();
  },
};

/** Services are still loading. */
export const Loading: Story = {
  render: ({ api: _api, ...args }) => <Demo {...args} apiOptions={{ latencyMs: 600_000 }} />,
  play: stillLoading,
};

/** The services could not be loaded (offline): the message and a way to try again. */
export const NetworkError: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} apiOptions={{ failWith: () => networkError() }} />
  ),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('button', { name: 'もう一度読み込む' }),
    ).toBeInTheDocument();
  },
};

function ControlledDemo(args: DemoProps) {
  const [step, setStep] = useState<BookingStep>('service');
  return (
    <>
      <p>
        URL: <code>/consultation?step={step}</code>
      </p>
      <Demo {...args} step={step} onStepChange={setStep} />
    </>
  );
}

/** The host page owns the step (e.g. in its URL, so the browser's back button works). */
export const ControlledStep: Story = {
  args: { initial: prefilled },
  render: ({ api: _api, ...args }) => <ControlledDemo {...args} />,
};

/** English, on the calendar step. */
export const English: Story = { ...Calendar, globals: { locale: 'en' } };

/** やさしい日本語, on the calendar step. */
export const EasyJapanese: Story = { ...Calendar, globals: { locale: 'ja-easy' } };

/** High-contrast theme, on the calendar step. */
export const HighContrast: Story = { ...Calendar, globals: { theme: 'high-contrast' } };

/** Phone width, on the calendar step: the step indicator collapses to one line. */
export const Mobile: Story = {
  ...Calendar,
  globals: { viewport: { value: 'mobile', isRotated: false } },
};
