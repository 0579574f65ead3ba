import { render, screen } from '@testing-library/react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { Progress } from './Progress';
import * as stories from './Progress.stories';

describe('Progress', () => {
  it('exposes its value, range and label', () => {
    render(<Progress label="アップロード" value={25} />);
    const bar = screen.getByRole('progressbar', { name: 'アップロード' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuetext', '25%');
    expect(screen.getByText('25%')).toBeVisible();
  });

  it('reports a custom scale as a percentage unless given words', () => {
    const { rerender } = render(<Progress label="書類" value={1} max={4} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '25%');
    rerender(<Progress label="書類" value={1} max={4} valueText="4件中1件" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '4件中1件');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  });

  it('clamps values outside the range', () => {
    render(<Progress label="送信" value={140} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  });

  it('is indeterminate without a value', () => {
    const { container } = render(<Progress label="送信" />);
    const bar = screen.getByRole('progressbar', { name: '送信' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).not.toHaveAttribute('aria-valuetext');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'indeterminate');
  });

  itPassesAxeForEveryStory(stories);
});
