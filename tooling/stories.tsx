import { composeStories } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ComponentType } from 'react';
import { expect, it } from 'vitest';

type StoriesModule = Parameters<typeof composeStories>[0];
/** What a composed story offers these tests: render it, then run its play function. */
type ComposedStory = ComponentType & {
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

/** Runs axe over an element; colour contrast is left to the Chromium run (jsdom cannot compute it). */
export async function axeViolations(element: Element) {
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * One test per story of a CSF module: it renders (with the project's decorators: locale, theme),
 * runs its play function, and must have no axe violations.
 */
export function itPassesAxeForEveryStory(storiesModule: StoriesModule) {
  const stories = Object.entries(composeStories(storiesModule)) as [string, ComposedStory][];
  if (stories.length === 0) throw new Error('no stories in module');
  for (const [name, Story] of stories) {
    it(`story "${name}" renders with no axe violations`, async () => {
      const { container } = render(<Story />);
      await Story.play?.({ canvasElement: container });
      expect(container.childElementCount).toBeGreaterThan(0);
      expect(await axeViolations(document.body)).toEqual([]);
    });
  }
}
