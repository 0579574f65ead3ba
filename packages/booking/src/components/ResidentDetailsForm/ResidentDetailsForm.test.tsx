import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { emptyDetails, type FlowFieldError, fieldError } from '../../core/index';
import { ResidentDetailsForm } from './ResidentDetailsForm';
import * as stories from './ResidentDetailsForm.stories';

describe('ResidentDetailsForm', () => {
  it('validates only on submit, keeps the values, and focuses an error summary that links to the fields', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<ResidentDetailsForm idPrefix="d" onSubmit={onSubmit} />);
    const phone = screen.getByRole('textbox', { name: /電話番号/ });
    await user.type(phone, '12');
    await user.tab();
    expect(screen.queryByRole('region', { name: /エラー/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    const summary = screen.getByRole('region', { name: 'エラー：入力内容を確認してください' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#d-name', '#d-nameKana', '#d-phone', '#d-consent']);
    expect(phone).toHaveValue('12');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(/エラー：電話番号は0から始まる/);
    expect(document.title).toMatch(/^エラー：/);
    await user.click(
      within(summary).getByRole('link', { name: '個人情報の取り扱いに同意してください' }),
    );
    expect(screen.getByRole('checkbox', { name: '個人情報の取り扱いに同意します' })).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits a valid draft as typed', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<ResidentDetailsForm onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: /氏名/ }), 'Maria Santos');
    await user.type(screen.getByRole('textbox', { name: /フリガナ/ }), 'マリア サントス');
    await user.type(screen.getByRole('textbox', { name: /電話番号/ }), '09012345678');
    await user.click(screen.getByRole('checkbox', { name: '通訳（言語を指定）' }));
    await user.type(screen.getByRole('textbox', { name: /通訳が必要な言語/ }), 'Tagalog');
    await user.click(screen.getByRole('checkbox', { name: '個人情報の取り扱いに同意します' }));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Maria Santos',
        phone: '09012345678',
        interpreterLanguage: 'Tagalog',
        consent: true,
        accommodations: expect.objectContaining({ interpreter: true, sign_language: false }),
      }),
    );
  });

  it('turns hiragana furigana into katakana on blur and says what changed; other scripts are left for the error', async () => {
    const user = userEvent.setup();
    render(<ResidentDetailsForm />);
    const kana = screen.getByRole('textbox', { name: /フリガナ/ });
    await user.type(kana, 'やまだ ﾀﾛｳ');
    await user.tab();
    expect(kana).toHaveValue('ヤマダ　タロウ');
    const note = screen.getByRole('status');
    expect(note).toHaveTextContent('フリガナをカタカナに直しました：ヤマダ タロウ');
    expect(kana).toHaveAccessibleDescription(/フリガナをカタカナに直しました/);
    await user.clear(kana);
    await user.type(kana, 'Yamada');
    await user.tab();
    expect(kana).toHaveValue('Yamada');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says who sees the summary, and reveals the follow-up questions of accommodations', async () => {
    const user = userEvent.setup();
    render(<ResidentDetailsForm />);
    expect(screen.getByRole('textbox', { name: /相談したいこと/ })).toHaveAccessibleDescription(
      /担当の職員だけが見ます/,
    );
    expect(screen.queryByRole('textbox', { name: /必要な配慮の内容/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'その他の配慮' }));
    expect(screen.getByRole('textbox', { name: /必要な配慮の内容/ })).toBeInTheDocument();
    expect(screen.getAllByText('※任意').length).toBeGreaterThanOrEqual(3);
  });

  it('shows errors it is given (flow store, server 422) and always calls onSubmit', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const errors: FlowFieldError[] = [
      {
        ...fieldError('resident.nameKana', 'invalid_characters', { characters: 'A' }),
        field: 'nameKana',
      },
    ];
    render(
      <ResidentDetailsForm
        idPrefix="x"
        value={{ ...emptyDetails(), nameKana: 'A' }}
        errors={errors}
        onSubmit={onSubmit}
      />,
    );
    expect(
      screen.getByRole('link', { name: 'フリガナはカタカナで入力してください（使えない文字：A）' }),
    ).toHaveAttribute('href', '#x-nameKana');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  itPassesAxeForEveryStory(stories);
});
