import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import type { DateParts } from '../../hooks/useDateInput';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { DateInput } from './DateInput';
import * as stories from './DateInput.stories';

const era = () => document.querySelector('.machi-date-input__era');

/** Owns the value, as a form would. */
function ControlledDateInput() {
  const [value, setValue] = useState<DateParts>({ year: '2025', month: '', day: '' });
  return (
    <>
      <DateInput label="日付" value={value} onChange={setValue} />
      <output>{`${value.year}/${value.month}/${value.day}`}</output>
    </>
  );
}

describe('DateInput', () => {
  it('is a fieldset of three labelled numeric fields, 年→月→日, the id on the year', () => {
    render(<DateInput id="birthday" name="birthday" label="生年月日" required />);
    expect(screen.getByRole('group', { name: '生年月日※必須' })).toBeInTheDocument();
    const fields = screen.getAllByRole('textbox');
    expect(fields.map((field) => field.id)).toEqual(['birthday', 'birthday-month', 'birthday-day']);
    expect(fields.map((field) => field.getAttribute('name'))).toEqual([
      'birthday-year',
      'birthday-month',
      'birthday-day',
    ]);
    expect(screen.getByLabelText('年')).toBe(fields[0]);
    expect(screen.getByLabelText('月')).toBe(fields[1]);
    expect(screen.getByLabelText('日')).toBe(fields[2]);
    for (const field of fields) {
      expect(field).toHaveAttribute('inputmode', 'numeric');
      expect(field).toHaveAttribute('type', 'text');
    }
  });

  it('shows the era beside the year as it is typed', async () => {
    const user = userEvent.setup();
    render(<DateInput label="生年月日" />);
    const year = screen.getByLabelText('年');
    await user.type(year, '202');
    expect(era()).toBeEmptyDOMElement();
    await user.type(year, '5');
    expect(era()).toHaveTextContent('2025年(令和7年)');
    expect(era()).toHaveAttribute('aria-live', 'polite');
    expect(year).toHaveAccessibleDescription('2025年(令和7年)');
    await user.clear(year);
    await user.type(year, '1989');
    expect(era()).toHaveTextContent('1989年(平成元年)');
  });

  it('uses the exact era once the whole date is known', async () => {
    const user = userEvent.setup();
    render(<DateInput label="日付" />);
    await user.type(screen.getByLabelText('年'), '2019');
    expect(era()).toHaveTextContent('2019年(令和元年)');
    await user.type(screen.getByLabelText('月'), '4');
    await user.type(screen.getByLabelText('日'), '30');
    expect(era()).toHaveTextContent('2019年(平成31年)');
  });

  it('writes the era in English for English', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="en">
        <DateInput label="Date of birth" />
      </I18nProvider>,
    );
    await user.type(screen.getByLabelText('Year'), '2025');
    expect(era()).toHaveTextContent('2025 (Reiwa 7)');
  });

  it('turns full-width digits into ordinary ones and keeps anything else as typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateInput label="日付" onChange={onChange} />);
    await user.type(screen.getByLabelText('年'), '２０２５');
    expect(screen.getByLabelText('年')).toHaveValue('2025');
    await user.type(screen.getByLabelText('月'), '4a');
    expect(screen.getByLabelText('月')).toHaveValue('4a');
    expect(onChange).toHaveBeenLastCalledWith({ year: '2025', month: '4a', day: '' });
  });

  it('moves 年 → 月 → 日 with Tab', async () => {
    const user = userEvent.setup();
    render(<DateInput label="日付" showPicker />);
    await user.tab();
    expect(screen.getByLabelText('年')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('月')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('日')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('カレンダーから選ぶ')).toHaveFocus();
  });

  it('describes the group with hint and error and marks every part when no part is named', () => {
    render(
      <DateInput id="d" label="日付" hint="例：2025年4月1日" error="日付を入力してください" />,
    );
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      '例：2025年4月1日 エラー：日付を入力してください',
    );
    for (const field of screen.getAllByRole('textbox')) expect(field).toBeInvalid();
  });

  it('marks only the wrong part', () => {
    render(
      <DateInput label="日付" error="月は1から12で入力してください" invalidParts={['month']} />,
    );
    expect(screen.getByLabelText('年')).not.toBeInvalid();
    expect(screen.getByLabelText('月')).toBeInvalid();
    expect(screen.getByLabelText('月')).toHaveAttribute('data-invalid', 'true');
    expect(screen.getByLabelText('日')).not.toBeInvalid();
  });

  it('fills the three fields from the calendar, which follows what was typed', async () => {
    const user = userEvent.setup();
    render(<DateInput label="来庁日" showPicker min="2026-01-01" />);
    const picker = screen.getByLabelText('カレンダーから選ぶ');
    expect(picker).toHaveAttribute('type', 'date');
    expect(picker).toHaveAttribute('min', '2026-01-01');
    fireEvent.change(picker, { target: { value: '2026-12-01' } });
    expect(screen.getByLabelText('年')).toHaveValue('2026');
    expect(screen.getByLabelText('月')).toHaveValue('12');
    expect(screen.getByLabelText('日')).toHaveValue('1');
    await user.clear(screen.getByLabelText('日'));
    await user.type(screen.getByLabelText('日'), '24');
    expect(picker).toHaveValue('2026-12-24');
    await user.type(screen.getByLabelText('日'), '9');
    expect(picker).toHaveValue('');
  });

  it('offers no calendar unless asked: typing is the way in', () => {
    render(<DateInput label="生年月日" autoComplete="bday" />);
    expect(screen.queryByLabelText('カレンダーから選ぶ')).not.toBeInTheDocument();
    expect(screen.getByLabelText('年')).toHaveAttribute('autocomplete', 'bday-year');
    expect(screen.getByLabelText('日')).toHaveAttribute('autocomplete', 'bday-day');
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    render(<ControlledDateInput />);
    expect(era()).toHaveTextContent('2025年(令和7年)');
    await user.type(screen.getByLabelText('月'), '12');
    expect(screen.getByRole('status')).toHaveTextContent('2025/12/');
  });

  it('keeps a half-typed value uncontrolled and forwards its ref to the fieldset', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLFieldSetElement>();
    render(<DateInput ref={ref} label="日付" defaultValue={{ year: '19', month: '', day: '' }} />);
    expect(ref.current).toBe(screen.getByRole('group'));
    await user.type(screen.getByLabelText('年'), '8');
    expect(screen.getByLabelText('年')).toHaveValue('198');
  });

  it('disables every part', () => {
    render(<DateInput label="日付" disabled showPicker />);
    for (const field of screen.getAllByRole('textbox')) expect(field).toBeDisabled();
    expect(screen.getByLabelText('カレンダーから選ぶ')).toBeDisabled();
  });

  itPassesAxeForEveryStory(stories);
});
