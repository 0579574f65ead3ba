import { I18nProvider } from '@machi-dx/ui';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { itHasCompleteCatalogs } from '../../../../../tooling/catalogs';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { videoPanelCatalogs } from '../../intl';
import { EngineBadge } from './EngineBadge';
import * as stories from './EngineBadge.stories';

describe('EngineBadge', () => {
  it('names the value in Japanese by default and exposes it as data-engine', () => {
    render(<EngineBadge engine="zoom" />);
    expect(screen.getByText('Zoom ビデオ通話')).toHaveAttribute('data-engine', 'zoom');
  });

  it("follows the provider locale and the city's overrides", () => {
    const { rerender } = render(
      <I18nProvider locale="en">
        <EngineBadge engine="zoom" />
      </I18nProvider>,
    );
    expect(screen.getByText('Zoom video call')).toBeInTheDocument();
    rerender(
      <I18nProvider locale="ja" messages={{ ja: { 'video.engine.simulated': 'city wording' } }}>
        <EngineBadge engine="simulated" />
      </I18nProvider>,
    );
    expect(screen.getByText('city wording')).toBeInTheDocument();
  });

  it('forwards its ref and native props', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<EngineBadge ref={ref} engine="zoom" title="hint" />);
    expect(ref.current).toHaveAttribute('title', 'hint');
  });

  itHasCompleteCatalogs(videoPanelCatalogs);
  itPassesAxeForEveryStory(stories);
});
