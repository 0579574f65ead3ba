import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';
import { shelterOutbox } from './outbox';

const SHELTER = 'E3820390001111';
const city = {
  name: { ja: 'テスト市（サンプルデータ）', en: 'Test City (sample data)', 'ja-easy': 'テスト市' },
  sampleData: true,
  sites: [],
};
const shelterAccount = {
  id: '0192f3a0-7b1c-7def-8abc-0123456789ab',
  username: 'sample-shelter',
  displayName: 'サンプル避難所（架空）',
  role: 'shelter',
  shelterId: SHELTER,
};
const hqAccount = { ...shelterAccount, username: 'sample-hq', displayName: '本部', role: 'hq' };
delete (hqAccount as { shelterId?: string }).shelterId;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const error = (status: number, headers?: Record<string, string>) =>
  json({ code: 'x', message: { ja: 'x', en: 'x' } }, status, headers);

type Answer = (
  method: string,
  path: string,
) => Response | undefined | Promise<Response | undefined>;

function stubApi(answer: Answer) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(new URL(String(input), 'http://localhost'), init);
      const path = new URL(request.url).pathname;
      const answered = await answer(request.method, path);
      if (answered) return answered;
      if (path === '/api/v1/city') return json(city);
      if (path === '/api/v1/ping') return json({ status: 'ok' });
      if (path === '/api/v1/shelters')
        return json({ shelters: [{ nationalShelterId: SHELTER, name: '宇和島市立第一小学校' }] });
      if (path === `/api/v1/shelters/${SHELTER}/reports`)
        return json({ reports: [{ data: { reportSequence: 2, evacueeTotal: 120 } }] });
      return error(401);
    }),
  );
}

async function openPage() {
  window.history.replaceState(null, '', '/shelter');
  render(<App />);
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('/shelter sign-in', () => {
  it('checks on submit, tells a wrong passphrase from too many attempts, and signs a shelter in', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    stubApi((_method, path) => {
      if (path !== '/api/v1/auth/login') return undefined;
      attempt += 1;
      if (attempt === 1) return error(401);
      if (attempt === 2) return error(429, { 'retry-after': '120' });
      return json({ account: shelterAccount });
    });
    await openPage();
    expect(
      await screen.findByRole('heading', { level: 1, name: '避難所のサインイン' }),
    ).toBeInTheDocument();

    // The form follows the heading once the session check has answered.
    await user.click(await screen.findByRole('button', { name: 'サインイン' }));
    const summary = screen.getByRole('link', { name: '避難所コードを入力してください' });
    await waitFor(() => expect(summary.closest('[tabindex="-1"]')).toHaveFocus());
    expect(
      screen.getByRole('link', { name: 'パスフレーズを入力してください' }),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText(/避難所コード/), 'sample-shelter');
    await user.type(screen.getByLabelText(/パスフレーズ/), 'wrong{Enter}');
    expect(
      await screen.findByRole('link', { name: '避難所コードまたはパスフレーズが正しくありません' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/パスフレーズ/)).toHaveValue('');

    await user.type(screen.getByLabelText(/パスフレーズ/), 'again{Enter}');
    expect(await screen.findByText(/2分ほど待ってから/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/パスフレーズ/), 'sample-shelter-passphrase{Enter}');
    expect(await screen.findByText('宇和島市立第一小学校')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '避難所の報告' })).toBeInTheDocument();
    expect(screen.getByText(`避難所ID：${SHELTER}`, { exact: false })).toBeInTheDocument();
  });

  it('tells an HQ account this page is for shelters, with the way to the HQ page', async () => {
    const user = userEvent.setup();
    stubApi((_, path) =>
      path === '/api/v1/auth/login' ? json({ account: hqAccount }) : undefined,
    );
    await openPage();
    await user.type(await screen.findByLabelText(/避難所コード/), 'sample-hq');
    await user.type(screen.getByLabelText(/パスフレーズ/), 'sample-hq-passphrase{Enter}');
    expect(
      await screen.findByRole('heading', { name: /このアカウントでは避難所の報告はできません/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '災害対策本部の画面を開く' })).toHaveAttribute(
      'href',
      '/hq',
    );
    expect(screen.queryByRole('button', { name: /状況報告/ })).not.toBeInTheDocument();
  });
});

describe('/shelter signed in', () => {
  it('offers the five reports; the status report continues from the last one (第3報)', async () => {
    const user = userEvent.setup();
    stubApi((_, path) =>
      path === '/api/v1/auth/me' ? json({ account: shelterAccount }) : undefined,
    );
    await openPage();
    const chooser = await screen.findByRole('region', { name: '報告を書く' });
    for (const name of ['開設報告', '状況報告', '物資要請', '被害報告', '閉鎖報告']) {
      expect(within(chooser).getByRole('button', { name })).toBeInTheDocument();
    }
    await waitFor(() =>
      expect(within(chooser).getByRole('button', { name: '状況報告' })).toHaveAccessibleDescription(
        /次は第3報/,
      ),
    );
    await user.click(within(chooser).getByRole('button', { name: '状況報告' }));
    const heading = await screen.findByRole('heading', { level: 3, name: '状況報告' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByLabelText(/報番号|第.*報/)).toHaveValue('3');
    expect(screen.getByLabelText(/避難者数（総数）/)).toHaveValue('120');

    await user.click(screen.getByRole('button', { name: '報告の種類の選択に戻る' }));
    expect(await screen.findByRole('button', { name: '状況報告' })).toHaveFocus();
    expect(screen.getByRole('region', { name: '送信状況' })).toBeInTheDocument();
  });

  it('offline, keeps the shelter last confirmed on this device', async () => {
    window.localStorage.setItem(
      'machi-dx:shelter-session',
      JSON.stringify({ account: shelterAccount, shelterName: '保存された避難所', confirmedAt: 1 }),
    );
    stubApi(() => Promise.reject(new TypeError('Failed to fetch')));
    await openPage();
    expect(await screen.findByText('保存された避難所')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /サーバーに接続できません/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '物資要請' })).toBeInTheDocument();
  });

  it('asks to sign in again when the session has gone, saying nothing is lost', async () => {
    window.localStorage.setItem(
      'machi-dx:shelter-session',
      JSON.stringify({ account: shelterAccount, confirmedAt: 1 }),
    );
    stubApi(() => undefined);
    await openPage();
    expect(await screen.findByText(/この端末の報告は消えていません/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: '避難所のサインイン' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem('machi-dx:shelter-session')).toBeNull();
  });
});

describe('/shelter when the session ends while sending', () => {
  it('pauses on a 401, asks to sign in again in place, then delivers what was kept', async () => {
    const user = userEvent.setup();
    let signedIn = true;
    const delivered: string[] = [];
    stubApi(async (method, path) => {
      if (path === '/api/v1/auth/me') return json({ account: shelterAccount });
      if (path === '/api/v1/auth/login') {
        signedIn = true;
        return json({ account: shelterAccount });
      }
      if (method === 'POST' && path === `/api/v1/shelters/${SHELTER}/reports`) {
        if (!signedIn) return error(401);
        return undefined;
      }
      return undefined;
    });
    // The server's receipts, once signed in again.
    const answer = vi.mocked(fetch).getMockImplementation();
    vi.mocked(fetch).mockImplementation(async (input, init) => {
      const request = new Request(new URL(String(input), 'http://localhost'), init);
      if (
        request.method === 'POST' &&
        request.url.endsWith(`/shelters/${SHELTER}/reports`) &&
        signedIn
      ) {
        const body = (await request.json()) as { id: string };
        delivered.push(body.id);
        return json({ receipt: { id: body.id, receivedAt: '2026-12-01T12:00:00+09:00' } }, 201);
      }
      return answer!(input, init);
    });
    await openPage();
    await screen.findByRole('region', { name: '報告を書く' });

    signedIn = false;
    const outbox = shelterOutbox();
    const draft = await outbox.createDraft({ shelterId: SHELTER, kind: 'status' });
    await outbox.saveDraft(draft.id, {
      reportSequence: 1,
      asOf: '2026-12-01T12:00:00+09:00',
      evacueeTotal: 10,
    });
    expect(await outbox.submit(draft.id)).toMatchObject({ ok: true });
    await act(() => outbox.sendNow());

    expect(
      await screen.findByRole('heading', { name: /もう一度サインインしてください/ }),
    ).toBeInTheDocument();
    expect(outbox.getSnapshot().entries.some((entry) => entry.id === draft.id)).toBe(true);
    const code = screen.getByLabelText(/避難所コード/, { selector: '#shelter-reauth-code' });
    expect(code).toHaveValue('sample-shelter');
    await user.type(
      screen.getByLabelText(/パスフレーズ/, { selector: '#shelter-reauth-passphrase' }),
      'sample-shelter-passphrase{Enter}',
    );
    expect(await screen.findByText('サインインしました。送信を再開します。')).toBeInTheDocument();
    await waitFor(() => expect(delivered).toContain(draft.id));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: /もう一度サインインしてください/ })).toBeNull(),
    );
    await waitFor(() =>
      expect(outbox.getSnapshot().sent.some((entry) => entry.id === draft.id)).toBe(true),
    );
  });
});
