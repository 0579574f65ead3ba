import { render, screen } from '@testing-library/react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { Spinner } from './Spinner';
import * as stories from './Spinner.stories';

describe('Spinner', () => {
  it('has a visible default label', () => {
    render(<Spinner />);
    expect(screen.getByText('読み込み中')).not.toHaveClass('machi-visually-hidden');
  });

  it('is a status region only when asked to announce', () => {
    const { rerender } = render(<Spinner label="送信中" />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    rerender(<Spinner label="送信中" announce />);
    expect(screen.getByRole('status')).toHaveTextContent('送信中');
  });

  it('can keep its label for screen readers only', () => {
    render(<Spinner hideLabel announce />);
    expect(screen.getByText('読み込み中')).toHaveClass('machi-visually-hidden');
    expect(screen.getByRole('status')).toHaveTextContent('読み込み中');
  });

  itPassesAxeForEveryStory(stories);
});
