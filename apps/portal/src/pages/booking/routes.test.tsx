import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';

const city = {
  name: { ja: 'テスト市（サンプルデータ）', en: 'Test City (sample data)', 'ja-easy': 'テスト市' },
  sampleData: true,
  sites: [{ id: 'main', kind: 'main', name: { ja: '本庁' } }],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const unauthorized = () =>
  json({ code: 'unauthorized', message: { ja: '認証が必要です', en: 'Unauthorized' } }, 401);

/** Requests the pages made, by method and path, with their Authorization header. */
let requests: { method: string; path: string; authorization: string | null }[];

function stubApi(answer: (method: string, path: string) => Response | undefined) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(new URL(String(input), 'http://localhost'), init);
      const path = new URL(request.url).pathname;
      requests.push({
        method: request.method,
        path,
        authorization: request.headers.get('authorization'),
      });
      return (
        answer(request.method, path) ?? (path === '/api/v1/city' ? json(city) : unauthorized())
      );
    }),
  );
}

beforeEach(() => {
  requests = [];
  window.localStorage.clear();
});

afterEach(() => vi.unstubAllGlobals());

describe('booking pages', () => {
  it('offers the booking flow on /consultation instead of a "being prepared" notice', async () => {
    window.history.replaceState(null, '', '/consultation');
    stubApi((_, path) =>
      path === '/api/v1/booking/services' ? json({ services: [] }) : undefined,
    );
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 2, name: '相談を予約する' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/準備中/)).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(requests.some((request) => request.path === '/api/v1/booking/services')).toBe(true),
    );
  });

  it('reads the manage token from the fragment and sends it as a Bearer header', async () => {
    window.history.replaceState(null, '', '/consultation/manage/ABC-DEF#token=secret-token');
    stubApi(() => undefined);
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: '予約の確認・変更' }),
    ).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(requests).toContainEqual({
        method: 'GET',
        path: '/api/v1/booking/bookings/ABC-DEF',
        authorization: 'Bearer secret-token',
      }),
    );
    expect(screen.getByRole('link', { name: 'ビデオ相談室へ' })).toHaveAttribute(
      'href',
      '/consultation/room/ABC-DEF#token=secret-token',
    );
  });

  it('says a manage link without its token is incomplete and asks nothing of the API', async () => {
    window.history.replaceState(null, '', '/consultation/manage/ABC-DEF');
    stubApi(() => undefined);
    render(<App />);
    expect(await screen.findByText('予約確認用のリンクが不完全です')).toBeInTheDocument();
    expect(requests.some((request) => request.path.startsWith('/api/v1/booking/bookings'))).toBe(
      false,
    );
  });

  it('asks staff to sign in, validates on submit and tells a wrong password and a rate limit apart', async () => {
    window.history.replaceState(null, '', '/staff');
    let loginStatus = 401;
    stubApi((method, path) =>
      method === 'POST' && path === '/api/v1/auth/login'
        ? loginStatus === 401
          ? unauthorized()
          : new Response(
              JSON.stringify({
                code: 'rate_limited',
                message: { ja: '多すぎます', en: 'Too many' },
              }),
              {
                status: 429,
                headers: { 'content-type': 'application/json', 'retry-after': '120' },
              },
            )
        : undefined,
    );
    const user = userEvent.setup();
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: '職員サインイン' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'サインイン' }));
    expect(
      await screen.findByRole('link', { name: 'ユーザー名を入力してください' }),
    ).toHaveAttribute('href', '#staff-username');
    expect(screen.getByRole('link', { name: 'パスワードを入力してください' })).toHaveAttribute(
      'href',
      '#staff-password',
    );
    expect(document.title).toMatch(/^エラー：/);
    await user.type(screen.getByLabelText(/ユーザー名/), 'sample-welfare');
    await user.type(screen.getByLabelText(/パスワード/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'サインイン' }));
    expect(
      await screen.findByText('ユーザー名またはパスワードが正しくありません', { selector: 'a' }),
    ).toBeInTheDocument();
    loginStatus = 429;
    await user.type(screen.getByLabelText(/パスワード/), 'again');
    await user.click(screen.getByRole('button', { name: 'サインイン' }));
    expect(await screen.findByText(/2分ほど待って/)).toBeInTheDocument();
  });

  it("shows a signed-in specialist's week, each session linking to its room with a full page load", async () => {
    window.history.replaceState(null, '', '/staff');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const account = {
      id: 'sp-1',
      username: 'sample-welfare',
      displayName: '福祉 担当',
      role: 'staff',
    };
    const session = (reference: string, status: string) => ({
      reference,
      status,
      serviceId: 'welfare',
      locationId: 'home',
      start: `${today}T10:00:00+09:00`,
      end: `${today}T11:00:00+09:00`,
      resident: { name: '宇和島 花子', nameKana: 'ウワジマ ハナコ', phone: '0895-24-1111' },
      accommodations: [],
      createdAt: `${today}T09:00:00+09:00`,
    });
    stubApi((_, path) => {
      if (path === '/api/v1/auth/me') return json({ account });
      if (path === '/api/v1/auth/logout') return new Response(null, { status: 204 });
      if (path === '/api/v1/staff/bookings')
        return json({
          bookings: [session('UWJ-AB3C-D4', 'confirmed'), session('UWJ-EF5G-H6', 'cancelled')],
        });
      if (path === '/api/v1/staff/availability')
        return json({ availability: { weeklyHours: [], exceptions: [] } });
      if (path === '/api/v1/booking/services') return json({ services: [] });
      if (path === '/api/v1/booking/locations') return json({ locations: [] });
      return undefined;
    });
    const user = userEvent.setup();
    render(<App />);
    expect(
      await screen.findByText('福祉 担当 さんとしてサインインしています。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '週', pressed: true })).toBeInTheDocument();
    const room = await screen.findByRole('link', { name: /^ビデオ相談室に入る/ });
    expect(room).toHaveAttribute('href', '/consultation/room/UWJ-AB3C-D4');
    expect(screen.getAllByRole('link', { name: /^ビデオ相談室に入る/ })).toHaveLength(1);
    // Not an in-app link: the click is left to the browser, which loads the room page afresh.
    let followed: boolean | undefined;
    const follow = (event: MouseEvent) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // jsdom cannot navigate
    };
    window.addEventListener('click', follow);
    await user.click(room);
    window.removeEventListener('click', follow);
    expect(followed).toBe(true);
    expect(window.location.pathname).toBe('/staff');
    await user.click(screen.getByRole('button', { name: 'サインアウト' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '職員サインイン' }),
    ).toBeInTheDocument();
    expect(requests).toContainEqual({
      method: 'POST',
      path: '/api/v1/auth/logout',
      authorization: null,
    });
  });

  it('asks to sign in again in place when the session ends, then reloads the schedule', async () => {
    window.history.replaceState(null, '', '/staff');
    const account = {
      id: 'sp-1',
      username: 'sample-welfare',
      displayName: '福祉 担当',
      role: 'staff',
    };
    let sessionAlive = false;
    stubApi((method, path) => {
      if (path === '/api/v1/auth/me') return json({ account });
      if (method === 'POST' && path === '/api/v1/auth/login') {
        sessionAlive = true;
        return json({ account });
      }
      if (path === '/api/v1/staff/bookings')
        return sessionAlive ? json({ bookings: [] }) : unauthorized();
      if (path === '/api/v1/staff/availability')
        return sessionAlive
          ? json({ availability: { weeklyHours: [], exceptions: [] } })
          : unauthorized();
      if (path === '/api/v1/booking/services') return json({ services: [] });
      if (path === '/api/v1/booking/locations') return json({ locations: [] });
      return undefined;
    });
    const user = userEvent.setup();
    render(<App />);
    const title = await screen.findByRole('heading', {
      level: 2,
      name: 'サインインの有効期限が切れました',
    });
    await vi.waitFor(() => expect(title).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'サインアウト' })).toBeNull();
    await user.type(screen.getByLabelText(/ユーザー名/), 'sample-welfare');
    await user.type(screen.getByLabelText(/パスワード/), 'sample-welfare-passphrase');
    await user.click(screen.getByRole('button', { name: 'サインイン' }));
    expect(await screen.findByRole('button', { name: 'サインアウト' })).toBeInTheDocument();
    expect(await screen.findAllByText('予約はありません。')).toHaveLength(7);
    expect(screen.queryByRole('heading', { name: 'サインインの有効期限が切れました' })).toBeNull();
    // The hours editor (kept, so nothing typed is lost) loads again on request.
    await user.click(screen.getByRole('button', { name: 'もう一度読み込む' }));
    expect(await screen.findByRole('button', { name: '保存する' })).toBeInTheDocument();
  });

  it('shows the waiting screen of a room that is not open yet', async () => {
    window.history.replaceState(null, '', '/consultation/room/ABC-DEF#token=secret-token');
    stubApi((method, path) =>
      method === 'POST' && path === '/api/v1/video/token'
        ? json(
            {
              code: 'room_not_open',
              message: { ja: 'まだ開いていません', en: 'Not open yet' },
              opensAt: '2099-12-01T09:45:00+09:00',
              closesAt: '2099-12-01T11:15:00+09:00',
            },
            403,
          )
        : undefined,
    );
    render(<App />);
    expect(await screen.findByText('相談室はまだ開いていません')).toBeInTheDocument();
    expect(requests).toContainEqual({
      method: 'POST',
      path: '/api/v1/video/token',
      authorization: 'Bearer secret-token',
    });
  });
});
