import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { Field } from '../Field/Field';
import { TextInput } from './TextInput';
import * as stories from './TextInput.stories';

/** Owns the value, as a form would. */
function ControlledTextInput() {
  const [value, setValue] = useState('');
  return (
    <>
      <TextInput
        aria-label="氏名"
        value={value}
        onChange={(event) => setValue(event.target.value.toUpperCase())}
      />
      <output>{value}</output>
    </>
  );
}

describe('TextInput', () => {
  it('is a text box with native props, a width and a forwarded ref', () => {
    const ref = createRef<HTMLInputElement>();
    render(
      <TextInput ref={ref} aria-label="郵便番号" inputMode="numeric" width="10" name="postal" />,
    );
    const input = screen.getByRole('textbox', { name: '郵便番号' });
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('data-width', '10');
    expect(input).toHaveAttribute('name', 'postal');
  });

  it('works uncontrolled', async () => {
    const user = userEvent.setup();
    render(<TextInput aria-label="氏名" defaultValue="山田" />);
    const input = screen.getByRole('textbox');
    await user.type(input, ' 太郎');
    expect(input).toHaveValue('山田 太郎');
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    render(<ControlledTextInput />);
    await user.type(screen.getByRole('textbox'), 'abc');
    expect(screen.getByRole('textbox')).toHaveValue('ABC');
    expect(screen.getByRole('status')).toHaveTextContent('ABC');
  });

  it('follows the Tab order of the page', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Field label="姓">
          <TextInput />
        </Field>
        <Field label="名">
          <TextInput />
        </Field>
      </>,
    );
    await user.tab();
    expect(screen.getByLabelText(/姓/)).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText(/名/)).toHaveFocus();
  });

  it('keeps an explicit aria-invalid over the Field', () => {
    render(
      <Field label="氏名" error="入力してください">
        <TextInput aria-invalid={false} />
      </Field>,
    );
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('textbox')).not.toHaveAttribute('data-invalid');
  });

  itPassesAxeForEveryStory(stories);
});
