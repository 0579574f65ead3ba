import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vitest/config';
import { unitConfig } from '../../tooling/vitest.ts';

export default mergeConfig(unitConfig(), defineConfig({ plugins: [react()] }));
