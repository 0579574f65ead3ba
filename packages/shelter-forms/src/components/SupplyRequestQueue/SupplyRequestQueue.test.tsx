import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import type { SupplyRequestStatus } from '../../core/validation/supply-request';
import { sampleSupplyRequests } from '../hq/sample';
import type { HqSupplyRequest } from '../hq/types';
import { SupplyRequestQueue } from './SupplyRequestQueue';
import * as stories from './SupplyRequestQueue.stories';

function Harness({
  onAdvance,
}: {
  onAdvance: (id: string, status: SupplyRequestStatus) => Promise<void>;
}) {
  const [requests, setRequests] = useState<readonly HqSupplyRequest[]>([
    sampleSupplyRequests()[0]!,
  ]);
  return (
    <SupplyRequestQueue
      requests={requests}
      defaultView="all"
      onAdvance={async (id, status) => {
        await onAdvance(id, status);
        setRequests((list) =>
          list.map((request) => (request.id === id ? { ...request, status } : request)),
        );
      }}
    />
  );
}

describe('SupplyRequestQueue', () => {
  it('moves a request forward one step at a time, after confirming, to 到着 and no further', async () => {
    const user = userEvent.setup();
    const onAdvance = vi.fn(async () => {});
    render(<Harness onAdvance={onAdvance} />);
    const progress = screen.getByRole('list', { name: '進み具合' });
    expect(within(progress).getByText('要請').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );

    for (const [next, label] of [
      ['procuring', '調達'],
      ['in_transit', '輸送'],
      ['arrived', '到着'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: `「${label}」にする` }));
      expect(screen.getByText(`「${label}」にします。元には戻せません。`)).toBeInTheDocument();
      const confirm = screen.getByRole('button', { name: `「${label}」にする` });
      expect(confirm).toHaveFocus();
      await user.click(confirm);
      expect(onAdvance).toHaveBeenLastCalledWith(sampleSupplyRequests()[0]!.id, next);
      expect(screen.getByRole('status')).toHaveTextContent(
        `丸之内小学校の要請を「${label}」にしました`,
      );
    }
    expect(onAdvance).toHaveBeenCalledTimes(3);
    expect(within(progress).getByText('到着').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(screen.queryByRole('button', { name: /にする/ })).toBeNull();
  });

  it('cancels without a change and keeps focus on the button', async () => {
    const user = userEvent.setup();
    const onAdvance = vi.fn(async () => {});
    render(<Harness onAdvance={onAdvance} />);
    await user.click(screen.getByRole('button', { name: '「調達」にする' }));
    await user.click(screen.getByRole('button', { name: 'やめる' }));
    expect(onAdvance).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '「調達」にする' })).toHaveFocus();
  });

  it('says so when the server refuses, and keeps the request where it was', async () => {
    const user = userEvent.setup();
    render(<Harness onAdvance={async () => Promise.reject(new Error('409'))} />);
    await user.click(screen.getByRole('button', { name: '「調達」にする' }));
    await user.click(screen.getByRole('button', { name: '「調達」にする' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('更新できませんでした');
    const progress = screen.getByRole('list', { name: '進み具合' });
    expect(within(progress).getByText('要請').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('shows open requests most urgent first; arrived and corrected ones only under すべて', async () => {
    const user = userEvent.setup();
    const requests = [
      ...sampleSupplyRequests(),
      { ...sampleSupplyRequests()[1]!, id: 'x', shelterName: '訂正された要請', supersededBy: 'y' },
    ];
    render(<SupplyRequestQueue requests={requests} onAdvance={() => {}} />);
    const shelters = () =>
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(shelters()).toEqual(['和霊中学校', '丸之内小学校', '保手公民館']);
    await user.selectOptions(screen.getByRole('combobox', { name: '表示する要請' }), 'すべて');
    expect(shelters()).toHaveLength(5);
    expect(screen.getByText('訂正されました。新しい要請で対応してください。')).toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
