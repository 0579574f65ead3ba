import '@testing-library/jest-dom/vitest';
import { setProjectAnnotations } from '@storybook/react-vite';
import preview from '../apps/storybook/.storybook/preview';

// Stories rendered in unit tests get the same decorators (locale, theme) as in Storybook.
setProjectAnnotations(preview);
