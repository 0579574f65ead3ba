import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { Field } from '../Field/Field';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { Textarea } from './Textarea';
import * as stories from './Textarea.stories';

const liveRegion = () => document.querySelector('[aria-live="polite"]');
const visibleCount = () => document.querySelector('.machi-textarea__count');

/** Owns the value, as a form would. */
function ControlledTextarea({ onChange }: { onChange: () => void }) {
  const [value, setValue] = useState('はじめ');
  return (
    <Textarea
      aria-label="内容"
      maxCharacters={10}
      value={value}
      onValueChange={setValue}
      onChange={onChange}
    />
  );
}

describe('Textarea', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('states the limit once in its description and shows the count out of the accessibility tree', () => {
    render(
      <Field id="detail" label="内容" hint="わかる範囲で">
        <Textarea maxCharacters={200} />
      </Field>,
    );
    const textarea = screen.getByRole('textbox', { name: /内容/ });
    expect(textarea).toHaveAccessibleDescription('わかる範囲で 200文字以内で入力してください');
    expect(textarea).toHaveAttribute('aria-describedby', 'detail-hint detail-info');
    expect(visibleCount()).toHaveTextContent('あと200文字入力できます');
    expect(visibleCount()).toHaveAttribute('aria-hidden', 'true');
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it('updates the count as you type and announces it politely only after typing stops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Textarea aria-label="内容" maxCharacters={10} />);
    await user.type(screen.getByRole('textbox'), 'あいう');
    expect(visibleCount()).toHaveTextContent('あと7文字入力できます');
    expect(liveRegion()).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(500));
    await user.type(screen.getByRole('textbox'), 'え');
    act(() => vi.advanceTimersByTime(600));
    // Typing again restarted the wait: nothing yet.
    expect(liveRegion()).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(500));
    expect(liveRegion()).toHaveTextContent('あと6文字入力できます');
  });

  it('lets you type past the limit and says by how much', async () => {
    const user = userEvent.setup();
    render(<Textarea aria-label="内容" maxCharacters={3} announceDelay={0} />);
    const textarea = screen.getByRole('textbox');
    await user.type(textarea, 'あいうえお');
    expect(textarea).toHaveValue('あいうえお');
    expect(textarea).not.toHaveAttribute('maxlength');
    expect(textarea).toHaveAttribute('data-over-limit', 'true');
    expect(visibleCount()).toHaveTextContent('2文字オーバーしています');
    expect(visibleCount()).toHaveAttribute('data-over-limit', 'true');
    // Over the limit is not an error until the form is submitted.
    expect(textarea).not.toHaveAttribute('aria-invalid');
    await vi.waitFor(() => expect(liveRegion()).toHaveTextContent('2文字オーバーしています'));
  });

  it('uses plural forms in English', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="en">
        <Textarea aria-label="Detail" maxCharacters={2} />
      </I18nProvider>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(
      'You can enter up to 2 characters',
    );
    await user.type(screen.getByRole('textbox'), 'a');
    expect(visibleCount()).toHaveTextContent('You have 1 character remaining');
    await user.type(screen.getByRole('textbox'), 'bc');
    expect(visibleCount()).toHaveTextContent('You have 1 character too many');
    await user.type(screen.getByRole('textbox'), 'd');
    expect(visibleCount()).toHaveTextContent('You have 2 characters too many');
  });

  it('counts characters as people do: an emoji or 𠮷 is one', () => {
    render(<Textarea aria-label="内容" maxCharacters={5} defaultValue="𠮷野家👍" />);
    expect(visibleCount()).toHaveTextContent('あと1文字入力できます');
  });

  it('works controlled, reporting the text through onValueChange and onChange', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ControlledTextarea onChange={onChange} />);
    await user.type(screen.getByRole('textbox'), 'に');
    expect(screen.getByRole('textbox')).toHaveValue('はじめに');
    expect(visibleCount()).toHaveTextContent('あと6文字入力できます');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores typing when controlled and the parent does not update', async () => {
    const user = userEvent.setup();
    render(<Textarea aria-label="内容" value="固定" />);
    await user.type(screen.getByRole('textbox'), 'x');
    expect(screen.getByRole('textbox')).toHaveValue('固定');
  });

  it('forwards its ref and native props', () => {
    const ref = createRef<HTMLTextAreaElement>();
    render(<Textarea ref={ref} aria-label="内容" name="detail" rows={8} />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(ref.current).toHaveAttribute('rows', '8');
    expect(ref.current).toHaveAttribute('name', 'detail');
    expect(visibleCount()).toBeNull();
  });

  itPassesAxeForEveryStory(stories);
});
