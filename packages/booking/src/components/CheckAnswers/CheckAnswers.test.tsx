import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fn } from 'storybook/test';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import * as stories from './CheckAnswers.stories';

const { Default, WithEverything, NetworkError } = composeStories(stories);

const row = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).closest('.machi-booking-summary__row') as HTMLElement;

describe('CheckAnswers', () => {
  it('lists every answer as the server will store it, with a change action per row', async () => {
    const user = userEvent.setup();
    const onChangeAnswer = fn();
    render(<Default onChangeAnswer={onChangeAnswer} />);
    expect(within(row('日時')).getByText('2026年12月2日(水) 10:00〜11:00')).toBeInTheDocument();
    expect(within(row('相談の場所')).getByText(/北浦支所/)).toBeInTheDocument();
    expect(within(row('メールアドレス')).getByText('なし')).toBeInTheDocument();
    await user.click(within(row('相談の内容')).getByRole('button', { name: '変更 相談の内容' }));
    expect(onChangeAnswer).toHaveBeenLastCalledWith('service');
    await user.click(within(row('相談の場所')).getByRole('button'));
    expect(onChangeAnswer).toHaveBeenLastCalledWith('place');
    await user.click(within(row('必要な配慮')).getByRole('button'));
    expect(onChangeAnswer).toHaveBeenLastCalledWith('details');
  });

  it('names accommodations with their details', () => {
    render(<WithEverything />);
    expect(
      within(row('必要な配慮')).getByText(/手話通訳\s+通訳（言語を指定）：ベトナム語/),
    ).toBeInTheDocument();
  });

  it('keeps the answers after a failed send and offers to send again', async () => {
    const user = userEvent.setup();
    const onSubmit = fn();
    render(<NetworkError onSubmit={onSubmit} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(await screen.findByText(/通信できませんでした/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'もう一度送信する' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  itPassesAxeForEveryStory(stories);
});
