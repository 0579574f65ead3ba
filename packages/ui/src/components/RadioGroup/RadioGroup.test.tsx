import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { RadioGroup } from './RadioGroup';
import * as stories from './RadioGroup.stories';

const options = [
  { value: 'video', label: 'ビデオ通話', hint: 'カメラが必要です' },
  { value: 'branch', label: '支所の窓口' },
  { value: 'phone', label: '電話' },
];

/** Owns the value, as a form would. */
function ControlledRadioGroup() {
  const [value, setValue] = useState('video');
  return (
    <>
      <RadioGroup name="method" label="方法" options={options} value={value} onChange={setValue} />
      <output>{value}</output>
    </>
  );
}

describe('RadioGroup', () => {
  it('is a fieldset named by its legend, with a ※必須 badge and labelled radios', () => {
    render(<RadioGroup name="method" label="相談の方法" options={options} required />);
    const group = screen.getByRole('group', { name: '相談の方法※必須' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByLabelText('支所の窓口')).toHaveAttribute('name', 'method');
  });

  it('puts the id on the first radio and numbers the rest, as an error summary expects', () => {
    render(<RadioGroup id="method" name="method" label="方法" options={options} />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.id)).toEqual(['method', 'method-2', 'method-3']);
  });

  it('describes the group with its hint and error, each answer with its own hint', () => {
    render(
      <RadioGroup
        id="method"
        name="method"
        label="方法"
        hint="選んでください"
        error="相談の方法を選んでください"
        options={options}
      />,
    );
    const group = screen.getByRole('group');
    expect(group).toHaveAttribute('aria-describedby', 'method-hint method-error');
    expect(group).toHaveAccessibleDescription('選んでください エラー：相談の方法を選んでください');
    expect(group).toHaveAttribute('data-invalid', 'true');
    expect(screen.getByLabelText('ビデオ通話')).toHaveAccessibleDescription('カメラが必要です');
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeInvalid();
  });

  it('is one Tab stop; arrow keys move and choose; Space chooses', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <RadioGroup name="method" label="方法" options={options} onChange={onChange} />
        <button type="button">次へ</button>
      </>,
    );
    await user.tab();
    expect(screen.getByLabelText('ビデオ通話')).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByLabelText('ビデオ通話')).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByLabelText('支所の窓口')).toBeChecked();
    expect(screen.getByLabelText('支所の窓口')).toHaveFocus();
    expect(onChange).toHaveBeenLastCalledWith('branch');
    await user.tab();
    expect(screen.getByRole('button', { name: '次へ' })).toHaveFocus();
  });

  it('chooses by clicking the label', async () => {
    const user = userEvent.setup();
    render(<RadioGroup name="method" label="方法" options={options} defaultValue="phone" />);
    expect(screen.getByLabelText('電話')).toBeChecked();
    await user.click(screen.getByText('支所の窓口'));
    expect(screen.getByLabelText('支所の窓口')).toBeChecked();
    expect(screen.getByLabelText('電話')).not.toBeChecked();
    expect(screen.getByLabelText('支所の窓口').closest('.machi-choice')).toHaveAttribute(
      'data-state',
      'checked',
    );
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    render(<ControlledRadioGroup />);
    await user.click(screen.getByLabelText('電話'));
    expect(screen.getByRole('status')).toHaveTextContent('phone');
    expect(screen.getByLabelText('電話')).toBeChecked();
  });

  it('disables the whole group or one answer, and forwards its ref to the fieldset', () => {
    const ref = createRef<HTMLFieldSetElement>();
    const { rerender } = render(
      <RadioGroup ref={ref} name="m" label="方法" options={options} disabled />,
    );
    expect(ref.current).toBe(screen.getByRole('group'));
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    rerender(
      <RadioGroup
        name="m"
        label="方法"
        options={options.map((option, index) => ({ ...option, disabled: index === 2 }))}
      />,
    );
    expect(screen.getByLabelText('電話')).toBeDisabled();
    expect(screen.getByLabelText('支所の窓口')).toBeEnabled();
  });

  itPassesAxeForEveryStory(stories);
});
