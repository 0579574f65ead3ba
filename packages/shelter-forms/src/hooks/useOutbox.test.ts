import { act, renderHook, waitFor } from '@testing-library/react';
import '../core/outbox/test-support';
import { memorySendLock } from '../core/outbox/lock';
import { Outbox } from '../core/outbox/outbox';
import { manualClock, SHELTER, uniqueDatabaseName } from '../core/outbox/test-support';
import { createFakeShelterServer } from '../core/testing/fake-server';
import { exampleReportData } from '../core/validation/fixtures';
import { useOutbox, useReportOutboxState } from './useOutbox';
import { useOutboxDraft } from './useOutboxDraft';

const outboxes: Outbox[] = [];
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

async function startedOutbox(online = { value: false }, databaseName = uniqueDatabaseName()) {
  const server = createFakeShelterServer();
  const outbox = new Outbox({
    transport: server.transport({ online: () => online.value }),
    databaseName,
    lock: memorySendLock(),
    channel: null,
    storage: null,
    signals: [],
    clock: manualClock().clock,
  });
  outboxes.push(outbox);
  await outbox.start();
  return { outbox, server, online };
}

describe('useOutbox', () => {
  it('re-renders with every outbox change', async () => {
    const { outbox } = await startedOutbox();
    const { result } = renderHook(() => useOutbox(outbox));
    expect(result.current.ready).toBe(true);
    await act(() => outbox.createDraft({ shelterId: SHELTER, kind: 'closing' }));
    expect(result.current.counts.draft).toBe(1);
  });

  it('follows one report from queued to sent with its receipt', async () => {
    const { outbox, online } = await startedOutbox();
    const draft = await outbox.createDraft({
      shelterId: SHELTER,
      kind: 'closing',
      data: exampleReportData.closing,
    });
    const { result } = renderHook(() => useReportOutboxState(outbox, draft.id));
    expect(result.current.status).toBe('draft');
    await act(async () => {
      await outbox.submit(draft.id);
      await outbox.whenIdle();
    });
    expect(result.current.status).toBe('queued');
    online.value = true;
    await act(() => outbox.sendNow());
    expect(result.current).toMatchObject({
      status: 'sent',
      entry: undefined,
      sent: { receipt: { id: draft.id } },
    });
  });
});

describe('useOutboxDraft', () => {
  it('creates the draft when the form opens, autosaves changes and queues on submit', async () => {
    const { outbox } = await startedOutbox();
    const { result } = renderHook(() =>
      useOutboxDraft({ outbox, shelterId: SHELTER, kind: 'closing', autosaveDelayMs: 10 }),
    );
    await waitFor(() => expect(result.current.id).toBeDefined());
    expect(result.current.status).toBe('draft');
    act(() => result.current.setData({ closedAt: '2026-12-05T10:00:00+09:00' }));
    act(() => result.current.setData((previous) => ({ ...previous, remainingEvacuees: 2 })));
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.report.data).toEqual({
        closedAt: '2026-12-05T10:00:00+09:00',
        remainingEvacuees: 2,
      }),
    );

    let submitted: Awaited<ReturnType<typeof result.current.submit>> | undefined;
    await act(async () => {
      submitted = await result.current.submit();
    });
    expect(submitted).toMatchObject({ ok: false, reason: 'invalid' });
    expect(result.current.errors.map((error) => error.path)).toEqual(['data.evacueesMovedTo']);

    act(() =>
      result.current.setData((previous) => ({ ...previous, evacueesMovedTo: '第二中学校' })),
    );
    await act(async () => {
      submitted = await result.current.submit();
    });
    expect(submitted).toMatchObject({ ok: true, status: 'queued' });
    expect(result.current.errors).toEqual([]);
    expect(result.current.status).toBe('queued');
  });

  it('writes pending changes when the form closes, and resumes the draft after a reload', async () => {
    const databaseName = uniqueDatabaseName();
    const { outbox } = await startedOutbox({ value: false }, databaseName);
    const first = renderHook(() =>
      useOutboxDraft({
        outbox,
        shelterId: SHELTER,
        kind: 'status',
        initialData: { reportSequence: 3 },
        autosaveDelayMs: 60_000,
      }),
    );
    await waitFor(() => expect(first.result.current.id).toBeDefined());
    const id = first.result.current.id!;
    act(() => first.result.current.setData((previous) => ({ ...previous, evacueeTotal: 80 })));
    first.unmount();
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.report.data).toEqual({
        reportSequence: 3,
        evacueeTotal: 80,
      }),
    );
    outbox.stop();

    const { outbox: reloaded } = await startedOutbox({ value: false }, databaseName);
    const second = renderHook(() =>
      useOutboxDraft({ outbox: reloaded, shelterId: SHELTER, kind: 'status', draftId: id }),
    );
    await waitFor(() =>
      expect(second.result.current.data).toEqual({ reportSequence: 3, evacueeTotal: 80 }),
    );
    expect(second.result.current.id).toBe(id);
    expect(reloaded.getSnapshot().counts.draft).toBe(1);
  });

  it('retries a draft that could not be written when the form opened (a full disk), with what was typed since', async () => {
    const { outbox } = await startedOutbox();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { result } = renderHook(() =>
      useOutboxDraft({ outbox, shelterId: SHELTER, kind: 'closing', autosaveDelayMs: 10 }),
    );
    await waitFor(() => expect(outbox.getSnapshot().storage.problem).toBe('quota_exceeded'));
    expect(result.current.id).toBeUndefined();
    act(() => result.current.setData(exampleReportData.closing));
    let submitted: Awaited<ReturnType<typeof result.current.submit>> | undefined;
    await act(async () => {
      submitted = await result.current.submit();
    });
    expect(submitted).toEqual({ ok: false, reason: 'quota_exceeded' });

    put.mockRestore();
    await act(async () => {
      submitted = await result.current.submit();
    });
    expect(submitted).toMatchObject({ ok: true, status: 'queued' });
    expect(result.current.id).toBeDefined();
    expect(outbox.getSnapshot().entries[0]?.report.data).toEqual(exampleReportData.closing);
    expect(outbox.getSnapshot().storage.problem).toBeUndefined();
  });
});
