import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SHELTER } from '../../core/outbox/test-support';
import type { OutboxExportFile } from '../../core/outbox/transfer';
import { examplePhoto, queueDamageWithPhotos } from '../../core/testing/example-photo';
import { exampleReportData } from '../../core/validation/fixtures';
import { testOutbox } from '../testSupport';
import { OutboxStatus } from './OutboxStatus';
import * as stories from './OutboxStatus.stories';

async function queue(
  outbox: Awaited<ReturnType<typeof testOutbox>>['outbox'],
  kind: 'status' | 'closing',
) {
  const draft = await outbox.createDraft({
    shelterId: SHELTER,
    kind,
    data: exampleReportData[kind],
  });
  await outbox.submit(draft.id);
  return draft.id;
}

describe('OutboxStatus', () => {
  it('lists what waits on the device with a count, and "今すぐ送信" delivers it once', async () => {
    const user = userEvent.setup();
    const context = await testOutbox();
    await queue(context.outbox, 'status');
    await queue(context.outbox, 'closing');
    await act(() => context.outbox.sendNow());
    render(<OutboxStatus outbox={context.outbox} />);

    expect(screen.getByText('送信待ち 2件')).toBeInTheDocument();
    expect(
      screen.getByText('本部に接続できません（報告はこの端末に保存されます）'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('この端末に保存済み・送信待ち')).toHaveLength(2);
    expect(screen.getByText('状況報告 第2報')).toBeInTheDocument();

    context.setOnline(true);
    await user.click(screen.getByRole('button', { name: '今すぐ送信' }));
    await waitFor(() => expect(screen.getByText('送信待ちの報告はありません')).toBeInTheDocument());
    expect(screen.getAllByText('送信済み（12月1日(火) 10:42 受付）')).toHaveLength(2);
    expect(context.server.order).toHaveLength(2);
  });

  it('shows a refused report as 要対応 with the reason; retry, correct and delete (after asking)', async () => {
    const user = userEvent.setup();
    const context = await testOutbox({ online: true });
    const draft = await context.outbox.createDraft({
      shelterId: SHELTER,
      kind: 'status',
      data: exampleReportData.status,
    });
    context.server.receive({
      shelterId: SHELTER,
      report: { ...draft.report, data: { ...exampleReportData.status, evacueeTotal: 130 } },
    });
    await context.outbox.submit(draft.id);
    await waitFor(() => expect(context.outbox.getSnapshot().counts.needs_attention).toBe(1));
    const onCorrection = vi.fn();
    render(<OutboxStatus outbox={context.outbox} onCorrection={onCorrection} />);

    const item = screen.getByText('要対応').closest('li') as HTMLElement;
    expect(item).toHaveTextContent('同じIDで内容の異なる報告が本部にあります');
    await user.click(within(item).getByRole('button', { name: 'もう一度送る' }));
    await waitFor(() => expect(screen.getByText('もう一度送ります')).toBeInTheDocument());
    await waitFor(() => expect(context.outbox.getSnapshot().counts.needs_attention).toBe(1));

    await user.click(
      within(screen.getByText('要対応').closest('li') as HTMLElement).getByRole('button', {
        name: '訂正する',
      }),
    );
    await waitFor(() => expect(onCorrection).toHaveBeenCalledTimes(1));
    const correction = onCorrection.mock.calls[0]![0];
    expect(correction).toMatchObject({ status: 'draft', replaces: [draft.id] });
    expect(correction.id).not.toBe(draft.id);

    const refused = screen.getByText('要対応').closest('li') as HTMLElement;
    const remove = within(refused).getByRole('button', { name: '削除' });
    await user.click(remove);
    const dialog = screen.getByRole('dialog', { name: 'この報告を削除しますか' });
    await user.click(within(dialog).getByRole('button', { name: '削除しない' }));
    expect(context.outbox.getSnapshot().counts.needs_attention).toBe(1);
    expect(remove).toHaveFocus();
    await user.click(remove);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '削除する' }));
    await waitFor(() => expect(context.outbox.getSnapshot().counts.needs_attention).toBe(0));
    expect(screen.getByText('報告を削除しました')).toBeInTheDocument();
  });

  it('offers to continue a draft when the app can open it', async () => {
    const user = userEvent.setup();
    const { outbox } = await testOutbox();
    const draft = await outbox.createDraft({ shelterId: SHELTER, kind: 'closing' });
    const onOpenDraft = vi.fn();
    render(<OutboxStatus outbox={outbox} onOpenDraft={onOpenDraft} />);
    expect(screen.getByText('下書き')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '続きを入力' }));
    expect(onOpenDraft).toHaveBeenCalledWith(expect.objectContaining({ id: draft.id }));
  });

  it('exports the unsent reports to a file, and another device imports it once', async () => {
    const user = userEvent.setup();
    const first = await testOutbox();
    await queue(first.outbox, 'status');
    await queue(first.outbox, 'closing');
    const onExport = vi.fn<(file: OutboxExportFile, name: string) => void>();
    const { unmount } = render(<OutboxStatus outbox={first.outbox} onExport={onExport} />);
    await user.click(screen.getByRole('button', { name: '送信待ちの報告をファイルに書き出す' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    const [file, fileName] = onExport.mock.calls[0]!;
    expect(file.reports).toHaveLength(2);
    expect(fileName).toMatch(/^shelter-reports-\d{8}-\d{4}\.json$/);
    expect(
      screen.getByText(`2件の報告をファイルに書き出しました（${fileName}）`),
    ).toBeInTheDocument();
    unmount();

    const second = await testOutbox();
    render(<OutboxStatus outbox={second.outbox} />);
    const upload = () =>
      user.upload(
        screen.getByLabelText('ファイルから報告を読み込む'),
        new File([JSON.stringify(file)], fileName, { type: 'application/json' }),
      );
    await upload();
    expect(
      await screen.findByText(
        '読み込みました：新しい報告 2件、すでにある報告 0件、内容の食い違い 0件、読めない報告 0件',
      ),
    ).toBeInTheDocument();
    await upload();
    expect(
      await screen.findByText(
        '読み込みました：新しい報告 0件、すでにある報告 2件、内容の食い違い 0件、読めない報告 0件',
      ),
    ).toBeInTheDocument();
    expect(second.outbox.getSnapshot().counts.queued).toBe(2);

    await user.upload(
      screen.getByLabelText('ファイルから報告を読み込む'),
      new File(['hello'], 'notes.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/このファイルは読み込めませんでした/)).toBeInTheDocument();
  });

  it('shows per report how many photos reached HQ, and which are not on this device', async () => {
    const user = userEvent.setup();
    const context = await testOutbox();
    const photos = [await examplePhoto(1), await examplePhoto(2)];
    const elsewhere = (await examplePhoto(3)).reference;
    await queueDamageWithPhotos(context.outbox, SHELTER, photos, [elsewhere]);
    render(<OutboxStatus outbox={context.outbox} />);
    expect(await screen.findByText('写真 0/3 送信済み')).toBeInTheDocument();
    expect(screen.getByText('送信待ちの写真 3枚')).toBeInTheDocument();

    context.setOnline(true);
    await user.click(screen.getByRole('button', { name: '今すぐ送信' }));
    expect(await screen.findByText('写真 2/3 送信済み')).toBeInTheDocument();
    expect(
      screen.getByText('写真1枚はこの端末にありません（別の端末で撮影した報告）。'),
    ).toBeInTheDocument();
    expect(screen.getByText('送信待ちの写真 1枚')).toBeInTheDocument();
    expect(context.server.photoOrder).toHaveLength(2);
  });

  itPassesAxeForEveryStory(stories);
});
