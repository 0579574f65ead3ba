import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SHELTER } from '../../core/outbox/test-support';
import { exampleReportData } from '../../core/validation/fixtures';
import { testNow, testOutbox } from '../testSupport';
import { continueStatusReport, ShelterStatusForm } from './ShelterStatusForm';
import * as stories from './ShelterStatusForm.stories';

async function renderForm(initialData: object, online = false) {
  const context = await testOutbox({ online });
  render(
    <ShelterStatusForm
      outbox={context.outbox}
      shelterId={SHELTER}
      initialData={initialData}
      now={testNow}
      autosaveDelayMs={10}
      idPrefix="status"
    />,
  );
  await waitFor(() => expect(context.outbox.getSnapshot().counts.draft).toBe(1));
  return context;
}

const second = { reportSequence: 2, asOf: '2026-12-01T12:00:00+09:00' };

describe('ShelterStatusForm', () => {
  it('checks on continue: the summary takes focus and links to each field, and the values stay', async () => {
    const user = userEvent.setup();
    await renderForm({ ...second, evacueeTotal: 100, evacueeMale: 70, evacueeFemale: 60 });
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));

    const summary = screen.getByRole('region', { name: /入力内容を確認してください/ });
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', {
      name: 'うち女性：男性と女性の合計が、避難者数（総数）を超えています。',
    });
    await user.click(link);
    expect(screen.getByLabelText(/うち女性/)).toHaveFocus();
    expect(screen.getByLabelText(/うち女性/)).toHaveValue('60');
    expect(screen.getByLabelText(/うち女性/)).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toMatch(/^エラー：/);
  });

  it('fixed, checked and sent: saved on this device while offline, then delivered once when online', async () => {
    const user = userEvent.setup();
    const { outbox, server, setOnline } = await renderForm({
      ...second,
      evacueeTotal: 100,
      evacueeMale: 70,
      evacueeFemale: 60,
    });
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    const female = screen.getByLabelText(/うち女性/);
    await user.clear(female);
    await user.type(female, '２５');
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));

    expect(screen.getByRole('heading', { name: '状況報告：内容の確認' })).toHaveFocus();
    const female25 = screen.getByText('うち女性').closest('div');
    expect(female25).toHaveTextContent('25');
    await user.click(screen.getByRole('button', { name: 'この内容で報告する' }));

    const saved = await screen.findByRole('heading', { name: 'この端末に保存しました' });
    expect(saved).toHaveFocus();
    expect(screen.getByText('電波が戻ると自動で送ります。')).toBeInTheDocument();
    expect(outbox.getSnapshot().counts.queued).toBe(1);
    expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({
      evacueeFemale: 25,
      evacueeMale: 70,
    });
    expect(server.stored.size).toBe(0);

    await act(() => setOnline(true));
    expect(
      await screen.findByRole('heading', { name: '送信しました（受付 10:42）' }),
    ).toBeInTheDocument();
    await act(() => outbox.sendNow());
    expect(server.order).toHaveLength(1);
  });

  it('a correction after sending is a new report that supersedes the sent one', async () => {
    const user = userEvent.setup();
    const { server } = await renderForm(exampleReportData.status, true);
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    await user.click(screen.getByRole('button', { name: 'この内容で報告する' }));
    await screen.findByRole('heading', { name: '送信しました（受付 10:42）' });
    const [firstId] = server.order;

    await user.click(screen.getByRole('button', { name: '内容を訂正する' }));
    expect(await screen.findByRole('heading', { name: '状況報告（訂正）' })).toBeInTheDocument();
    expect(screen.getByText('訂正の報告です')).toBeInTheDocument();
    const total = screen.getByLabelText(/避難者数（総数）/);
    expect(total).toHaveValue('120');
    await user.clear(total);
    await user.type(total, '125');
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    await user.click(screen.getByRole('button', { name: 'この内容で報告する' }));
    await screen.findByRole('heading', { name: '送信しました（受付 10:42）' });

    expect(server.order).toHaveLength(2);
    const correction = server.stored.get(server.order[1]!)!.report;
    expect(correction.id).not.toBe(firstId);
    expect(correction.supersedes).toBe(firstId);
    expect(correction.data).toMatchObject({ evacueeTotal: 125 });
    expect(server.stored.get(firstId!)!.report.data).toMatchObject({ evacueeTotal: 120 });
  });

  it('offers 未確認 on a first report: a marked field may stay empty and is listed as unconfirmed', async () => {
    const user = userEvent.setup();
    const { outbox } = await renderForm({ reportSequence: 1, asOf: '2026-12-01T09:30:00+09:00' });
    expect(screen.getByText(/わからない項目は「未確認」にチェックして/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '未確認（避難者数（総数））' }));
    await user.click(screen.getByRole('checkbox', { name: '未確認（要配慮者数（内訳））' }));
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));

    expect(screen.getByRole('heading', { name: '状況報告：内容の確認' })).toBeInTheDocument();
    expect(screen.getByText('避難者数（総数）').closest('div')).toHaveAttribute('data-unconfirmed');
    await user.click(screen.getByRole('button', { name: 'この内容で報告する' }));
    await screen.findByRole('heading', { name: 'この端末に保存しました' });
    expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({
      unconfirmedFields: ['evacueeTotal', 'careNeeds'],
    });
  });

  it('offers no 未確認 on later reports', async () => {
    await renderForm(continueStatusReport(exampleReportData.status));
    expect(screen.queryByRole('checkbox', { name: /^未確認/ })).toBeNull();
    expect(screen.getByLabelText(/報番号/)).toHaveValue('3');
  });

  it('stores full-width digits as numbers and keeps other text as typed, with an error', async () => {
    const user = userEvent.setup();
    const { outbox } = await renderForm(second);
    await user.type(screen.getByLabelText(/避難者数（総数）/), '１２０');
    await user.type(screen.getByLabelText(/避難世帯数/), '四十');
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({
        evacueeTotal: 120,
        evacueeHouseholds: '四十',
      }),
    );
    expect(screen.getByLabelText(/避難者数（総数）/)).toHaveAttribute('inputmode', 'numeric');
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    expect(screen.getByLabelText(/避難世帯数/)).toHaveValue('四十');
    expect(
      screen.getByRole('link', { name: '避難世帯数：整数で入力してください。' }),
    ).toBeInTheDocument();
  });

  it('says politely that each change is saved on this device', async () => {
    const user = userEvent.setup();
    await renderForm(second);
    const status = screen
      .getAllByRole('status')
      .find((node) => node.classList.contains('machi-report-autosave__status'));
    expect(status).toHaveTextContent('');
    await user.type(screen.getByLabelText(/避難者数（総数）/), '8');
    await waitFor(() => expect(status).toHaveTextContent(/^この端末に保存しました（\d\d:\d\d）$/));
  });

  it('keeps every answer on a full disk, says so, and saves again when asked', async () => {
    const user = userEvent.setup();
    const { outbox } = await renderForm(second);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.type(screen.getByLabelText(/避難者数（総数）/), '95');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('端末の空き容量が足りず');
    expect(screen.getByLabelText(/避難者数（総数）/)).toHaveValue('95');

    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'もう一度保存する' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({ evacueeTotal: 95 });
  });

  it('fills the as-of time with now in Tokyo, and adds a supply line with its usual unit', async () => {
    const user = userEvent.setup();
    const { outbox } = await renderForm({ reportSequence: 2 });
    await user.click(screen.getByRole('button', { name: '今の時刻', description: /時点/ }));
    expect(screen.getByLabelText(/時点/)).toHaveValue('2026-12-01T12:05');

    await user.click(screen.getAllByRole('button', { name: '1件追加する' })[0]!);
    const item = screen.getByRole('combobox', { name: /品目/ });
    expect(item).toHaveFocus();
    await user.selectOptions(item, '毛布');
    expect(screen.getByRole('combobox', { name: /単位/ })).toHaveValue('sheet');
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({
        asOf: '2026-12-01T12:05:00+09:00',
        suppliesNeeded: [{ item: 'blankets', unit: 'sheet' }],
      }),
    );
  });

  itPassesAxeForEveryStory(stories);
});
