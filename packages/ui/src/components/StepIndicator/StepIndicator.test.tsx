import { render, screen, within } from '@testing-library/react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { StepIndicator, type StepIndicatorStep } from './StepIndicator';
import * as stories from './StepIndicator.stories';

const steps: StepIndicatorStep[] = [
  { label: '相談の種類', status: 'complete' },
  { label: '日時を選ぶ', status: 'current' },
  { label: '連絡先', status: 'upcoming' },
  { label: '確認', status: 'upcoming' },
];

describe('StepIndicator', () => {
  it('lists the steps in order and marks the current one with aria-current="step"', () => {
    render(<StepIndicator steps={steps} />);
    const list = screen.getByRole('list', { name: '手続きの進み具合' });
    const items = within(list).getAllByRole('listitem');
    expect(list.tagName).toBe('OL');
    expect(items).toHaveLength(4);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items.filter((item) => item.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('says each status in words', () => {
    render(<StepIndicator steps={steps} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('相談の種類完了');
    expect(items[1]).toHaveTextContent('日時を選ぶ現在のステップ');
    expect(items[3]).toHaveTextContent('確認未完了');
  });

  it('shows the position, with the current label for the collapsed layout', () => {
    render(<StepIndicator steps={steps} />);
    expect(screen.getByText('ステップ2/4', { exact: false })).toHaveTextContent(
      'ステップ2/4：日時を選ぶ',
    );
  });

  it('counts completed steps when none is current, in the current locale', () => {
    render(
      <I18nProvider locale="en">
        <StepIndicator steps={steps.map((step) => ({ ...step, status: 'complete' as const }))} />
      </I18nProvider>,
    );
    expect(screen.getByText('Step 4 of 4')).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { current: 'step' })).not.toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
