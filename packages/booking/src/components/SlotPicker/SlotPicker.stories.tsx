import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { YearMonth } from '../../core/flow/types';
import type { MemoryBookingApiOptions } from '../../core/index';
import type { Slot } from '../../core/types';
import { useMonthAvailability } from '../../hooks/useBookingData';
import { networkError, settled, storyToday, useStoryApi } from '../storySupport';
import { SlotPicker, type SlotPickerProps } from './SlotPicker';

/** The picker wired to the in-memory back end: welfare consultations at the Kitaura branch. */
function SlotPickerDemo({
  apiOptions,
  initialMonth = { year: 2026, month: 12 },
  serviceId = 'welfare',
  ...props
}: Partial<SlotPickerProps> & {
  apiOptions?: MemoryBookingApiOptions;
  initialMonth?: YearMonth;
  serviceId?: string;
}) {
  const api = useStoryApi(apiOptions);
  const [month, setMonth] = useState(initialMonth);
  const [slot, setSlot] = useState<Slot | null>(props.value ?? null);
  const availability = useMonthAvailability({
    api,
    serviceId,
    locationId: 'kitaura-branch',
    month,
  });
  return (
    <SlotPicker
      today={storyToday}
      {...props}
      month={month}
      onMonthChange={setMonth}
      availability={availability.state}
      onRetry={availability.reload}
      value={slot}
      onChange={(next) => {
        setSlot(next);
        props.onChange?.(next);
      }}
    />
  );
}

const meta = {
  title: 'Booking/SlotPicker',
  component: SlotPicker,
  tags: ['autodocs'],
  play: settled,
  args: {
    month: { year: 2026, month: 12 },
    availability: { status: 'loading' },
    onMonthChange: fn(),
    onChange: fn(),
  },
  render: ({
    month: _month,
    availability: _availability,
    onMonthChange: _onMonthChange,
    ...args
  }) => <SlotPickerDemo {...args} />,
} satisfies Meta<typeof SlotPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const taken: Slot = { start: '2026-12-02T10:00:00+09:00', end: '2026-12-02T11:00:00+09:00' };
const alternatives: Slot[] = [
  { start: '2026-12-02T11:00:00+09:00', end: '2026-12-02T12:00:00+09:00' },
  { start: '2026-12-02T13:00:00+09:00', end: '2026-12-02T14:00:00+09:00' },
  { start: '2026-12-03T10:00:00+09:00', end: '2026-12-03T11:00:00+09:00' },
];

/** December: weekends closed, the year-end closure and days past the 30-day horizon say why. */
export const Default: Story = {};

/** This month: past days, and today too late to book (one business day's notice). */
export const CurrentMonth: Story = {
  render: (args) => <SlotPickerDemo {...args} initialMonth={{ year: 2026, month: 11 }} />,
};

/** Choosing a day shows its times as large tiles; choosing a time calls `onChange`. */
export const ChooseATime: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: /12月2日 水曜日、予約できます/ }),
    );
    const times = await canvas.findByRole('group', { name: /12月2日\(水\)の空いている時間/ });
    await userEvent.click(within(times).getByRole('radio', { name: '10:00〜11:00' }));
    await expect(args.onChange).toHaveBeenCalledWith({
      start: '2026-12-02T10:00:00+09:00',
      end: '2026-12-02T11:00:00+09:00',
    });
  },
};

/** Arrow keys move by day and week, End to Saturday, PageDown to the next month. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = await canvas.findByRole('button', { name: /12月1日 火曜日/ });
    first.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await expect(canvas.getByRole('button', { name: /12月9日 水曜日/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('button', { name: /12月12日 土曜日/ })).toHaveFocus();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: /1月12日 火曜日/ })).toHaveFocus(),
    );
    await expect(canvas.getByRole('heading', { name: '2027年(令和9年)1月' })).toBeInTheDocument();
  },
};

/** The list alternative: one line per day, closed days with their reason, times under the chosen day. */
export const ListView: Story = {
  args: { defaultView: 'list' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const day = await canvas.findByRole('button', { name: /2026年12月1日\(火\)/ });
    await userEvent.click(day);
    await expect(day).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('radio', { name: '8:30〜9:30' })).toBeInTheDocument();
  },
};

/** A month past the booking horizon: holidays and closures named, and "not open yet". */
export const EmptyMonth: Story = {
  render: (args) => <SlotPickerDemo {...args} initialMonth={{ year: 2027, month: 1 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/この月の予約は、まだ受け付けていません/),
    ).toBeInTheDocument();
  },
};

/** Waiting for the server: the grid stays (keyboard focus is never lost) and a status says why. */
export const Loading: Story = {
  render: (args) => <SlotPickerDemo {...args} apiOptions={{ latencyMs: 600_000 }} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('空き状況を確認しています')).toBeInTheDocument();
  },
};

/** The availability could not be loaded: the message and a way to try again. */
export const NetworkError: Story = {
  render: (args) => <SlotPickerDemo {...args} apiOptions={{ failWith: () => networkError() }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/通信できませんでした/)).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'もう一度読み込む' })).toBeInTheDocument();
  },
};

/** After a 409: the taken time and the server's nearby alternatives, one press each. */
export const SlotTaken: Story = {
  args: {
    notice: {
      kind: 'slot_unavailable',
      messageKey: 'booking.error.slot_unavailable',
      taken,
      alternatives,
    },
  },
};

/** After "continue" without a time: the error, linked from the error summary by `id`. */
export const WithError: Story = {
  args: { error: '相談の日時を選んでください', id: 'start' },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width: seven columns still give every day a 48px target. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
