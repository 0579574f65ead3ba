import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fn } from 'storybook/test';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import * as stories from './LocationPicker.stories';

const { Default, BranchOnlyService, English } = composeStories(stories);

describe('LocationPicker', () => {
  it('lists branches with their addresses and home with what it needs', async () => {
    const user = userEvent.setup();
    const onChange = fn();
    render(<Default onChange={onChange} />);
    expect(screen.getByRole('radio', { name: '北浦支所' })).toHaveAccessibleDescription(
      '〒000-0002 愛媛県宇和島市北浦町2番3号（架空の住所）',
    );
    expect(
      screen.getByRole('radio', { name: '自宅から（ビデオ通話）' }),
    ).toHaveAccessibleDescription(/カメラとマイク/);
    await user.click(screen.getByRole('radio', { name: '南山支所' }));
    expect(onChange).toHaveBeenCalledWith('minamiyama-branch');
  });

  it('leaves out the places a service is not offered at, and says why', () => {
    render(<BranchOnlyService />);
    expect(screen.queryByRole('radio', { name: /自宅/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(
      screen.getByText('「出生届など戸籍の届出」は、支所の相談ブースで受け付けています。'),
    ).toBeInTheDocument();
  });

  it('uses the English address in English', () => {
    render(<English />);
    expect(
      screen.getByRole('radio', { name: 'Kitaura Branch Office' }),
    ).toHaveAccessibleDescription('〒000-0002 2-3 Kitaura-cho, Uwajima, Ehime (fictional address)');
  });

  itPassesAxeForEveryStory(stories);
});
