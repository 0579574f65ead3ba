import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { CheckboxGroup } from './CheckboxGroup';
import * as stories from './CheckboxGroup.stories';

const options = [
  { value: 'wheelchair', label: '車いす' },
  { value: 'interpreter', label: '手話通訳', hint: '3日前まで' },
  { value: 'companion', label: '家族が同席' },
];

/** Owns the value, as a form would. */
function ControlledCheckboxGroup() {
  const [value, setValue] = useState<readonly string[]>(['interpreter']);
  return (
    <>
      <CheckboxGroup
        name="support"
        label="配慮"
        options={options}
        value={value}
        onChange={setValue}
      />
      <output>{value.join(',')}</output>
    </>
  );
}

describe('CheckboxGroup', () => {
  it('is a fieldset named by its legend with ※任意, and labelled checkboxes', () => {
    render(<CheckboxGroup id="support" name="support" label="配慮" options={options} />);
    expect(screen.getByRole('group', { name: '配慮※任意' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox').map((box) => box.id)).toEqual([
      'support',
      'support-2',
      'support-3',
    ]);
    expect(screen.getByLabelText('手話通訳')).toHaveAccessibleDescription('3日前まで');
  });

  it('describes the group with hint and error and marks each box invalid', () => {
    render(
      <CheckboxGroup
        id="support"
        name="support"
        label="配慮"
        hint="すべて選んでください"
        error="選んでください"
        options={options}
        required
      />,
    );
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      'すべて選んでください エラー：選んでください',
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeInvalid();
  });

  it('toggles with Space and clicks, keeping the order of choice', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CheckboxGroup name="support" label="配慮" options={options} onChange={onChange} />);
    await user.tab();
    expect(screen.getByLabelText('車いす')).toHaveFocus();
    await user.click(screen.getByText('家族が同席'));
    screen.getByLabelText('車いす').focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['companion', 'wheelchair']);
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['companion']);
    expect(screen.getByLabelText('車いす')).not.toBeChecked();
  });

  it('each checkbox is its own Tab stop', async () => {
    const user = userEvent.setup();
    render(<CheckboxGroup name="support" label="配慮" options={options} />);
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('手話通訳')).toHaveFocus();
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    render(<ControlledCheckboxGroup />);
    expect(screen.getByLabelText('手話通訳')).toBeChecked();
    await user.click(screen.getByLabelText('車いす'));
    expect(screen.getByRole('status')).toHaveTextContent('interpreter,wheelchair');
  });

  it('disables all boxes and forwards its ref', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<CheckboxGroup ref={ref} name="s" label="配慮" options={options} disabled />);
    expect(ref.current).toBe(screen.getByRole('group'));
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  itPassesAxeForEveryStory(stories);
});
