import { I18nProvider } from '@machi-dx/ui';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { itHasCompleteCatalogs } from '../../../../../tooling/catalogs';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { bookingCatalogs } from '../../intl';
import { ConsultationModeLabel } from './ConsultationModeLabel';
import * as stories from './ConsultationModeLabel.stories';

describe('ConsultationModeLabel', () => {
  it('names the value in Japanese by default and exposes it as data-mode', () => {
    render(<ConsultationModeLabel mode="branch" />);
    expect(screen.getByText('支所の相談ブース')).toHaveAttribute('data-mode', 'branch');
  });

  it("follows the provider locale and the city's overrides", () => {
    const { rerender } = render(
      <I18nProvider locale="en">
        <ConsultationModeLabel mode="branch" />
      </I18nProvider>,
    );
    expect(screen.getByText('Consultation booth at a branch office')).toBeInTheDocument();
    rerender(
      <I18nProvider locale="ja" messages={{ ja: { 'booking.mode.home': 'city wording' } }}>
        <ConsultationModeLabel mode="home" />
      </I18nProvider>,
    );
    expect(screen.getByText('city wording')).toBeInTheDocument();
  });

  it('forwards its ref and native props', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<ConsultationModeLabel ref={ref} mode="branch" title="hint" />);
    expect(ref.current).toHaveAttribute('title', 'hint');
  });

  itHasCompleteCatalogs(bookingCatalogs);
  itPassesAxeForEveryStory(stories);
});
