import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { Alert, Notice, type NoticeTone } from './Notice';
import * as stories from './Notice.stories';

describe('Notice', () => {
  it.each([
    ['info', 'status'],
    ['success', 'status'],
    ['warning', 'status'],
    ['error', 'alert'],
  ] as const)('announces a %s notice with role %s', (tone: NoticeTone, role) => {
    render(
      <Notice tone={tone} announce title="タイトル">
        本文
      </Notice>,
    );
    const region = screen.getByRole(role);
    expect(region).toHaveAttribute('data-tone', tone);
    expect(region).toHaveTextContent('本文');
  });

  it('is not a live region unless asked to announce', () => {
    render(<Notice tone="error" title="タイトル" />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('gives the tone in words, not only by colour', () => {
    render(<Notice tone="error" title="送信できませんでした" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'エラー：送信できませんでした',
    );
  });

  it('uses the tone name as the title when none is given, in the current locale', () => {
    render(
      <I18nProvider locale="en">
        <Notice tone="success" headingLevel={3} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Success' })).toBeInTheDocument();
  });

  it('is also exported as Alert and forwards its ref', () => {
    const ref = { current: null as HTMLDivElement | null };
    render(<Alert ref={ref} tone="warning" id="notice" />);
    expect(ref.current?.id).toBe('notice');
  });

  it("renders a story in the story's own locale", () => {
    const { EasyJapanese } = composeStories(stories);
    render(<EasyJapanese />);
    expect(screen.getByRole('heading', { name: 'おしらせ' })).toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
