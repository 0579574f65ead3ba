import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview';

// The same annotations as Storybook itself, with the a11y addon: a story with axe violations fails.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
