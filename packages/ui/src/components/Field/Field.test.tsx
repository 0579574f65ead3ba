import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { Select } from '../Select/Select';
import { Textarea } from '../Textarea/Textarea';
import { TextInput } from '../TextInput/TextInput';
import { Field } from './Field';
import * as stories from './Field.stories';

describe('Field', () => {
  it('labels its control, marks it ※必須 and gives the control its id', () => {
    render(
      <Field id="name" label="氏名" required>
        <TextInput />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: '氏名※必須' });
    expect(input).toHaveAttribute('id', 'name');
    expect(input).toHaveAttribute('aria-required', 'true');
    // Validation is the form's job on submit, not the browser's bubble.
    expect(input).not.toHaveAttribute('required');
  });

  it('marks an optional field ※任意, and can hide the badge', () => {
    const { rerender } = render(
      <Field label="電話番号">
        <TextInput />
      </Field>,
    );
    expect(screen.getByText('※任意')).toBeInTheDocument();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-required');
    rerender(
      <Field label="検索" hideRequirement>
        <TextInput />
      </Field>,
    );
    expect(screen.queryByText('※任意')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '検索' })).toBeInTheDocument();
  });

  it('describes the control with the hint, then the error prefixed for screen readers', () => {
    render(
      <Field id="name" label="氏名" hint="例：山田 太郎" error="氏名を入力してください">
        <TextInput aria-describedby="extra" />
      </Field>,
    );
    const input = screen.getByRole('textbox');
    expect(input).toHaveAttribute('aria-describedby', 'name-hint name-error extra');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('data-invalid', 'true');
    expect(screen.getByText('氏名を入力してください')).toHaveAttribute('id', 'name-error');
    expect(screen.getByText('エラー：')).toHaveClass('machi-visually-hidden');
    expect(input.closest('.machi-field')).toHaveAttribute('data-invalid', 'true');
  });

  it('has no aria-invalid or error without an error, and no describedby without a hint', () => {
    render(
      <Field label="氏名">
        <TextInput />
      </Field>,
    );
    const input = screen.getByRole('textbox');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByText('エラー：')).not.toBeInTheDocument();
  });

  it('wires a Textarea and a Select the same way', () => {
    render(
      <>
        <Field id="detail" label="ご相談の内容" error="入力してください" required>
          <Textarea />
        </Field>
        <Field id="office" label="窓口" hint="近い窓口を選んでください">
          <Select>
            <option value="">選択してください</option>
            <option value="main">本庁</option>
          </Select>
        </Field>
      </>,
    );
    const textarea = screen.getByLabelText(/ご相談の内容/);
    expect(textarea).toHaveAttribute('id', 'detail');
    expect(textarea).toBeInvalid();
    expect(textarea).toHaveAccessibleDescription('エラー：入力してください');
    const select = screen.getByLabelText(/窓口/);
    expect(select).toHaveAttribute('id', 'office');
    expect(select).toHaveAccessibleDescription('近い窓口を選んでください');
  });

  it('disables its control', () => {
    render(
      <Field label="氏名" disabled>
        <TextInput />
      </Field>,
    );
    expect(screen.getByRole('textbox')).toBeDisabled();
  });

  it('generates an id when none is given', () => {
    render(
      <Field label="氏名" hint="ヒント">
        <TextInput />
      </Field>,
    );
    expect(screen.getByLabelText(/氏名/)).toHaveAccessibleDescription('ヒント');
  });

  it('translates the badge and the error prefix', () => {
    render(
      <I18nProvider locale="en">
        <Field label="Name" required error="Enter your name">
          <TextInput />
        </Field>
      </I18nProvider>,
    );
    expect(screen.getByText('Required')).toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(/^Error:\s?Enter your name$/);
    expect(
      document.getElementById(screen.getByRole('textbox').getAttribute('aria-describedby')!),
    ).toHaveTextContent('Error: Enter your name', { normalizeWhitespace: false });
  });

  it('forwards its ref to the wrapper', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Field ref={ref} label="氏名">
        <TextInput />
      </Field>,
    );
    expect(ref.current).toHaveClass('machi-field');
  });

  itPassesAxeForEveryStory(stories);
});
