import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { Field } from '../Field/Field';
import { Select } from './Select';
import * as stories from './Select.stories';

const options = (
  <>
    <option value="">選択してください</option>
    <option value="main">本庁</option>
    <option value="yoshida">吉田支所</option>
  </>
);

describe('Select', () => {
  it('is a native combobox labelled by its Field, invalid with an error', () => {
    render(
      <Field id="office" label="窓口" error="窓口を選んでください" required>
        <Select>{options}</Select>
      </Field>,
    );
    const select = screen.getByRole('combobox', { name: '窓口※必須' });
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveAttribute('id', 'office');
    expect(select).toBeInvalid();
    expect(select).toHaveAccessibleDescription('エラー：窓口を選んでください');
    expect(select).toHaveAttribute('aria-required', 'true');
  });

  it('works uncontrolled and reports changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <Select
        aria-label="窓口"
        defaultValue="main"
        onChange={(event) => onChange(event.target.value)}
      >
        {options}
      </Select>,
    );
    expect(screen.getByRole('combobox')).toHaveValue('main');
    await user.selectOptions(screen.getByRole('combobox'), 'yoshida');
    expect(onChange).toHaveBeenCalledWith('yoshida');
    expect(screen.getByRole('combobox')).toHaveValue('yoshida');
  });

  it('is reached with Tab and forwards its ref', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLSelectElement>();
    render(
      <Select ref={ref} aria-label="窓口">
        {options}
      </Select>,
    );
    await user.tab();
    expect(ref.current).toHaveFocus();
  });

  it('marks the wrapper when disabled', () => {
    render(
      <Select aria-label="窓口" disabled>
        {options}
      </Select>,
    );
    expect(screen.getByRole('combobox')).toBeDisabled();
    expect(screen.getByRole('combobox').parentElement).toHaveAttribute('data-disabled', 'true');
  });

  itPassesAxeForEveryStory(stories);
});
