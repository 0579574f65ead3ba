import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// CI runs every package at once on two cores: give findBy*/waitFor room before calling it a failure.
configure({ asyncUtilTimeout: 5000 });

import { setProjectAnnotations } from '@storybook/react-vite';
import preview from '../apps/storybook/.storybook/preview';

// Stories rendered in unit tests get the same decorators (locale, theme) as in Storybook.
setProjectAnnotations(preview);
