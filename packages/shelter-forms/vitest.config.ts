import { unitConfig } from '../../tooling/vitest.ts';

export default unitConfig();
