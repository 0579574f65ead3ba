import { I18nProvider } from '@machi-dx/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInForm, type SignInRefusal, type SignInText } from './SignInForm';

class Refused extends Error implements SignInRefusal {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(`refused ${status}`);
  }
}

const words: Record<SignInText, string> = {
  username: '利用者',
  password: '合言葉',
  submit: '入る',
  usernameMissing: '利用者を入力',
  passwordMissing: '合言葉を入力',
  wrong: '違います',
  tooMany: '多すぎます',
  tooManyWait: '{minutes}分待って',
  failed: 'つながりません',
};

function renderForm(signIn: (username: string, password: string) => Promise<string>) {
  const onSignedIn = vi.fn();
  document.title = '窓口';
  render(
    <I18nProvider locale="ja">
      <SignInForm
        signIn={signIn}
        refusalOf={(error) => (error instanceof Refused ? error : undefined)}
        onSignedIn={onSignedIn}
        text={(key, values) => words[key].replace('{minutes}', String(values?.minutes))}
        ids={{ username: 'x-user', password: 'x-pass' }}
        initialUsername="E3820390001111"
        lead={{ id: 'x-lead', text: '説明' }}
      />
    </I18nProvider>,
  );
  return { onSignedIn, user: userEvent.setup() };
}

describe('SignInForm', () => {
  it('is named by its lead, starts with the given user name and hands up the account', async () => {
    const signIn = vi.fn(async () => 'account');
    const { onSignedIn, user } = renderForm(signIn);
    expect(screen.getByRole('form', { name: '説明' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^利用者/)).toHaveValue('E3820390001111');
    await user.type(screen.getByLabelText(/^合言葉/), 'secret');
    await user.click(screen.getByRole('button', { name: '入る' }));
    expect(signIn).toHaveBeenCalledWith('E3820390001111', 'secret');
    expect(onSignedIn).toHaveBeenCalledWith('account');
    expect(document.title).toBe('窓口');
  });

  it('summarises empty fields with links to them, takes focus and prefixes the title', async () => {
    const signIn = vi.fn(async () => 'account');
    const { user } = renderForm(signIn);
    await user.clear(screen.getByLabelText(/^利用者/));
    await user.click(screen.getByRole('button', { name: '入る' }));
    expect(await screen.findByRole('link', { name: '利用者を入力' })).toHaveAttribute(
      'href',
      '#x-user',
    );
    expect(screen.getByRole('link', { name: '合言葉を入力' })).toHaveAttribute('href', '#x-pass');
    expect(document.activeElement).toHaveClass('machi-error-summary');
    expect(document.title).toMatch(/^エラー：/);
    expect(signIn).not.toHaveBeenCalled();
  });

  it('tells 401, 429 with the wait in minutes, 429 without and no connection apart, clearing the password', async () => {
    const answers = [new Refused(401), new Refused(429, 61), new Refused(429), new Refused(0)];
    const { user, onSignedIn } = renderForm(async () => {
      throw answers.shift();
    });
    const password = screen.getByLabelText(/^合言葉/);
    const attempt = async () => {
      await user.type(password, 'guess');
      await user.click(screen.getByRole('button', { name: '入る' }));
    };
    await attempt();
    expect(await screen.findByRole('link', { name: '違います' })).toHaveAttribute(
      'href',
      '#x-user',
    );
    expect(password).toHaveValue('');
    await attempt();
    expect(await screen.findByText('2分待って')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '違います' })).toBeNull();
    await attempt();
    expect(await screen.findByText('多すぎます')).toBeInTheDocument();
    await attempt();
    expect(await screen.findByText('つながりません')).toBeInTheDocument();
    expect(document.title).toMatch(/^エラー：/);
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
