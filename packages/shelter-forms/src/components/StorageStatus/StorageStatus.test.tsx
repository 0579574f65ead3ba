import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SHELTER } from '../../core/outbox/test-support';
import { testOutbox } from '../testSupport';
import { StorageStatus } from './StorageStatus';
import * as stories from './StorageStatus.stories';

describe('StorageStatus', () => {
  it('says storage is not protected, asks again on request, and shows the space used', async () => {
    const user = userEvent.setup();
    let granted = false;
    const persist = vi.fn(async () => granted);
    const { outbox } = await testOutbox({
      persistOnStart: false,
      storage: {
        persist,
        persisted: async () => granted,
        estimate: async () => ({ usage: 2_400_000, quota: 1e9 }),
      },
    });
    render(<StorageStatus outbox={outbox} />);
    expect(await screen.findByText(/保存領域は保護されていません/)).toBeInTheDocument();
    expect(screen.getByText('使用量 2.4 MB / 1 GB')).toBeInTheDocument();
    expect(screen.getByText(/ホーム画面に追加/)).toBeInTheDocument();

    granted = true;
    await user.click(screen.getByRole('button', { name: '保存領域の保護を求める' }));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/保存領域は保護されています/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存領域の保護を求める' })).toBeNull();
  });

  it('explains a full disk and offers a retry; the message goes once a write succeeds', async () => {
    const user = userEvent.setup();
    const { outbox } = await testOutbox();
    const onRetry = vi.fn();
    render(<StorageStatus outbox={outbox} onRetry={onRetry} />);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await outbox.createDraft({ shelterId: SHELTER, kind: 'closing' }).catch(() => undefined);
    // The alert region may be in place a moment before its words.
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('端末の空き容量が足りず'),
    );
    await user.click(screen.getByRole('button', { name: 'もう一度試す' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    put.mockRestore();
    await outbox.createDraft({ shelterId: SHELTER, kind: 'closing' });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  itPassesAxeForEveryStory(stories);
});
