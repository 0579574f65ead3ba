import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { VisuallyHidden } from './VisuallyHidden';
import * as stories from './VisuallyHidden.stories';

describe('VisuallyHidden', () => {
  it('keeps its text in the accessibility tree', () => {
    render(
      <button type="button">
        ✕<VisuallyHidden>閉じる</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole('button', { name: '✕閉じる' })).toBeInTheDocument();
    expect(screen.getByText('閉じる')).toHaveClass('machi-visually-hidden');
  });

  it('has a focusable variant that contains a reachable link', async () => {
    render(
      <VisuallyHidden focusable as="div" data-testid="wrapper">
        <a href="#main">本文へ</a>
      </VisuallyHidden>,
    );
    expect(screen.getByTestId('wrapper')).toHaveClass('machi-visually-hidden-focusable');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: '本文へ' })).toHaveFocus();
  });

  itPassesAxeForEveryStory(stories);
});
