import { createHqClient } from '@machi-dx/shelter-forms';
import { I18nProvider } from '@machi-dx/ui';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  recordedAccount,
  recordedErrors,
  recordedFetch,
  recordedOverview,
  recordedShelters,
  recordedSupplyRequests,
} from '../../../../../packages/shelter-forms/src/core/hq/test-support';
import { RouterProvider } from '../../router';
import { HqPage } from './HqPage';

/** The one EventSource the page opens; the test says what the server streams. */
class FakeEventSource {
  static latest: FakeEventSource | undefined;
  onerror: ((event: Event) => void) | null = null;
  readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.latest = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {}
  emit(type: string, data: unknown, id = '') {
    for (const listener of this.listeners.get(type) ?? []) {
      listener(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id }));
    }
  }
}

const shelterAccount = {
  id: '6c1b1f5e-0000-4000-8000-000000000001',
  username: 'sample-shelter',
  displayName: '北浦小学校 避難所（サンプル）',
  role: 'shelter',
  shelterId: 'E3820390001111',
};
const unauthorized = [401, { code: 'unauthorized', message: { ja: '認証', en: 'auth' } }] as const;

function renderPage(routes: Parameters<typeof recordedFetch>[0]) {
  const { fetch, calls } = recordedFetch({
    'GET /api/v1/shelters': [200, recordedShelters],
    'GET /api/v1/hq/overview': [200, recordedOverview],
    'GET /api/v1/supply-requests?status=all': [200, { supplyRequests: recordedSupplyRequests }],
    ...routes,
  });
  const client = createHqClient({ fetch, EventSource: FakeEventSource });
  render(
    <I18nProvider locale="ja">
      <RouterProvider>
        <HqPage siteName="テスト市" client={client} />
      </RouterProvider>
    </I18nProvider>,
  );
  return calls;
}

describe('/hq', () => {
  it('tells a shelter account that the page is for HQ, and shows no board', async () => {
    const calls = renderPage({ 'GET /api/v1/auth/me': [200, { account: shelterAccount }] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'このページは災害対策本部用です' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '避難所ページを開く' })).toHaveAttribute(
      'href',
      '/shelter',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(calls.map((call) => call.url)).toEqual(['/api/v1/auth/me']);
  });

  it('signs HQ in, shows totals and the board, goes live and announces a report without moving focus', async () => {
    const user = userEvent.setup();
    renderPage({
      'GET /api/v1/auth/me': unauthorized,
      'POST /api/v1/auth/login': [200, { account: recordedAccount }],
    });
    await screen.findByRole('heading', { level: 1, name: '災害対策本部 サインイン' });
    // The form follows the heading once the session check has answered.
    await user.click(await screen.findByRole('button', { name: 'サインイン' }));
    expect(
      await screen.findByRole('link', { name: 'ユーザー名を入力してください' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^エラー：/);
    await user.type(screen.getByLabelText(/^ユーザー名/), 'sample-hq');
    await user.type(screen.getByLabelText(/^パスワード/), 'sample-hq-passphrase');
    await user.click(screen.getByRole('button', { name: 'サインイン' }));

    expect(await screen.findByRole('heading', { level: 1, name: '災害対策本部' })).toHaveFocus();
    const table = await screen.findByRole('table', { name: '避難所の状況' });
    expect(
      within(table).getByRole('rowheader', { name: /北浦小学校（サンプル）/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '全体の状況' })).toBeInTheDocument();
    expect(screen.getByText('接続しています')).toBeInTheDocument();
    // The schematic map is there on request, beside the table.
    await user.click(screen.getByText('地図（略図）で見る'));
    expect(screen.getByRole('figure', { name: '避難所の略図' })).toBeVisible();

    act(() => FakeEventSource.latest?.emit('ready', {}));
    expect(
      await screen.findByText('ライブ更新中：報告が届くと自動で表示します'),
    ).toBeInTheDocument();
    const search = screen.getByRole('searchbox');
    search.focus();
    act(() =>
      FakeEventSource.latest?.emit(
        'report_received',
        {
          reportId: '01a21360-8ab8-7204-946a-000000000001',
          shelterId: 'E3820390001111',
          kind: 'status',
          createdAt: '2026-12-01T12:00:00+09:00',
          receivedAt: '2026-12-01T12:00:01+09:00',
        },
        '12',
      ),
    );
    expect(
      await screen.findByText('北浦小学校（サンプル）から状況報告が届きました'),
    ).toHaveAttribute('role', 'status');
    expect(search).toHaveFocus();
    expect(
      screen.getAllByRole('link', { name: /CSV/ }).map((link) => link.getAttribute('href')),
    ).toEqual(['/api/v1/hq/export.csv', '/api/v1/hq/export.csv?header=ja']);
  });

  it('opens a shelter’s reports with focus on them, and shows the server’s words when a move is refused', async () => {
    const user = userEvent.setup();
    const request = recordedSupplyRequests[1]!;
    renderPage({
      'GET /api/v1/auth/me': [200, { account: recordedAccount }],
      'GET /api/v1/shelters/E3820390001111/reports': [200, { reports: [] }],
      [`PATCH /api/v1/supply-requests/${request.id}`]: [409, recordedErrors.backwards],
    });
    const table = await screen.findByRole('table', { name: '避難所の状況' });
    await user.click(within(table).getByRole('button', { name: '北浦小学校（サンプル）' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: '北浦小学校（サンプル）の詳細' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '詳細を閉じる' }));
    expect(within(table).getByRole('button', { name: '北浦小学校（サンプル）' })).toHaveFocus();

    const queue = screen.getByRole('region', { name: '物資要請' });
    const item = within(queue).getByRole('heading', { name: request.shelterName }).closest('li')!;
    await user.click(within(item).getByRole('button', { name: /調達/ }));
    await user.click(within(item).getAllByRole('button', { name: /調達/ })[0]!);
    expect(
      await screen.findByText(/物資要請を更新できませんでした。.*戻すことはできません/),
    ).toBeInTheDocument();
  });
});
