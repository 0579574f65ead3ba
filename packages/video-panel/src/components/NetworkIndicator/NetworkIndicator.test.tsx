import { I18nProvider } from '@machi-dx/ui';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { NetworkIndicator } from './NetworkIndicator';
import * as stories from './NetworkIndicator.stories';

describe('NetworkIndicator', () => {
  it.each([
    ['good', '通信状態：良好', 3],
    ['fair', '通信状態：普通', 2],
    ['poor', '通信状態：不安定', 1],
    ['unknown', '通信状態：確認中', 0],
  ] as const)('says %s in words and in the number of bars', (quality, words, bars) => {
    const { container } = render(<NetworkIndicator quality={quality} />);
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(container.querySelectorAll('rect[data-lit]')).toHaveLength(bars);
    expect(container.firstChild).toHaveAttribute('data-quality', quality);
  });

  it('follows the locale', () => {
    render(
      <I18nProvider locale="en">
        <NetworkIndicator quality="poor" showLabel />
      </I18nProvider>,
    );
    expect(screen.getByText('Connection: poor')).toBeVisible();
  });

  it('forwards its ref and native props', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<NetworkIndicator ref={ref} quality="good" title="hint" />);
    expect(ref.current).toHaveAttribute('title', 'hint');
  });

  itPassesAxeForEveryStory(stories);
});
