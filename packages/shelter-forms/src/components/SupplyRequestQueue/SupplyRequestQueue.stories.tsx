import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { SupplyRequestStatus } from '../../core/validation/supply-request';
import { sampleSupplyRequests } from '../hq/sample';
import type { HqSupplyRequest } from '../hq/types';
import { SupplyRequestQueue, type SupplyRequestQueueProps } from './SupplyRequestQueue';

/** The queue over local state, as a portal would keep it after each PATCH. */
function LiveQueue({ requests, fail, ...props }: SupplyRequestQueueProps & { fail?: boolean }) {
  const [current, setCurrent] = useState<readonly HqSupplyRequest[]>(requests);
  const onAdvance = async (id: string, status: SupplyRequestStatus) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (fail) throw new Error('network');
    setCurrent((list) =>
      list.map((request) => (request.id === id ? { ...request, status } : request)),
    );
  };
  return <SupplyRequestQueue {...props} requests={current} onAdvance={onAdvance} />;
}

const meta = {
  title: 'Shelter/SupplyRequestQueue',
  component: SupplyRequestQueue,
  tags: ['autodocs'],
  args: { requests: sampleSupplyRequests(), onAdvance: () => {} },
  render: (args) => <LiveQueue {...args} />,
} satisfies Meta<typeof SupplyRequestQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open requests, most urgent first, each with its progress. */
export const Open: Story = {};

/** Every request, arrived ones included. */
export const All: Story = { args: { defaultView: 'all' } };

/** HQ moves the first request to 調達, confirming first. */
export const Advance: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('button', { name: '「調達」にする' })[0]!);
    await userEvent.click(await canvas.findByRole('button', { name: '「調達」にする' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('「調達」にしました'));
  },
};

/** The server refused or could not be reached: the request stays and the queue says so. */
export const Failed: Story = {
  render: (args) => <LiveQueue {...args} fail />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('button', { name: '「調達」にする' })[0]!);
    await userEvent.click(await canvas.findByRole('button', { name: '「調達」にする' }));
    await canvas.findByRole('alert');
  },
};

/** Nothing waiting. */
export const Empty: Story = { args: { requests: [] } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { defaultView: 'all' },
  globals: { theme: 'high-contrast' },
};
