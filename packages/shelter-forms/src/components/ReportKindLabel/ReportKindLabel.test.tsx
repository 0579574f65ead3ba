import { I18nProvider } from '@machi-dx/ui';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { itHasCompleteCatalogs } from '../../../../../tooling/catalogs';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { shelterFormsCatalogs } from '../../intl';
import { ReportKindLabel } from './ReportKindLabel';
import * as stories from './ReportKindLabel.stories';

describe('ReportKindLabel', () => {
  it('names the value in Japanese by default and exposes it as data-kind', () => {
    render(<ReportKindLabel kind="opening" />);
    expect(screen.getByText('開設報告')).toHaveAttribute('data-kind', 'opening');
  });

  it("follows the provider locale and the city's overrides", () => {
    const { rerender } = render(
      <I18nProvider locale="en">
        <ReportKindLabel kind="opening" />
      </I18nProvider>,
    );
    expect(screen.getByText('Opening report')).toBeInTheDocument();
    rerender(
      <I18nProvider locale="ja" messages={{ ja: { 'shelter.reportKind.status': 'city wording' } }}>
        <ReportKindLabel kind="status" />
      </I18nProvider>,
    );
    expect(screen.getByText('city wording')).toBeInTheDocument();
  });

  it('forwards its ref and native props', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<ReportKindLabel ref={ref} kind="opening" title="hint" />);
    expect(ref.current).toHaveAttribute('title', 'hint');
  });

  itHasCompleteCatalogs(shelterFormsCatalogs);
  itPassesAxeForEveryStory(stories);
});
