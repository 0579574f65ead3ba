import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';

const city = {
  name: { ja: 'テスト市（サンプルデータ）', en: 'Test City (sample data)', 'ja-easy': 'テスト市' },
  sampleData: true,
  sites: [
    { id: 'main', kind: 'main', name: { ja: '本庁' } },
    { id: 'north', kind: 'branch', name: { ja: '北支所', en: 'North Branch' } },
  ],
};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify(city), { headers: { 'content-type': 'application/json' } }),
    ),
  );
});

afterEach(() => vi.unstubAllGlobals());

describe('portal App', () => {
  it('shows the city from the API and the sample-data notice', async () => {
    render(<App />);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'テスト市（サンプルデータ） オンライン窓口',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/サンプルデータで動いている見本のサイト/)).toBeInTheDocument();
    expect(document.title).toBe('テスト市（サンプルデータ） オンライン窓口');
  });

  it('switches to English, sets html lang and remembers the choice in the URL and on the device', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /テスト市/ });
    const languages = screen.getByRole('navigation', { name: '言語' });
    await user.click(within(languages).getByRole('link', { name: 'English' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Test City (sample data) online services',
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(new URL(window.location.href).searchParams.get('lang')).toBe('en');
    expect(window.localStorage.getItem('machi-dx:locale')).toBe('en');
  });

  it('navigates in-app, focuses the new heading and lists branch offices', async () => {
    const user = userEvent.setup();
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'メインメニュー' });
    await user.click(within(nav).getByRole('link', { name: 'オンライン相談' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'オンライン相談窓口' });
    expect(heading).toHaveFocus();
    expect(window.location.pathname).toBe('/consultation');
    expect(await screen.findByText('北支所')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'オンライン相談' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('points shelter staff and HQ to their pages from /shelters and from the footer', async () => {
    window.history.replaceState(null, '', '/shelters');
    render(<App />);
    const main = await screen.findByRole('main');
    await screen.findByRole('heading', { level: 1, name: '避難所・防災' });
    expect(within(main).queryByText(/準備中/)).toBeNull();
    const shelterStaff = within(main).getByRole('region', { name: '避難所の職員の方へ' });
    expect(within(shelterStaff).getByText(/通信できないときも/)).toBeInTheDocument();
    expect(
      within(shelterStaff).getByRole('link', { name: '避難所の報告画面を開く' }),
    ).toHaveAttribute('href', '/shelter');
    const hq = within(main).getByRole('region', { name: '災害対策本部の方へ' });
    expect(within(hq).getByRole('link', { name: '災害対策本部の画面を開く' })).toHaveAttribute(
      'href',
      '/hq',
    );
    expect(within(main).getByText(/防災行政無線や緊急速報メール/)).toBeInTheDocument();

    const staff = screen.getByRole('navigation', { name: '職員の方へ' });
    expect(
      within(staff)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['職員ページ（オンライン相談）', '/staff'],
      ['避難所の報告', '/shelter'],
      ['災害対策本部', '/hq'],
    ]);
  });

  it('says plainly when a page does not exist', async () => {
    window.history.replaceState(null, '', '/nope');
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'ページが見つかりません' }),
    ).toBeInTheDocument();
  });
});
