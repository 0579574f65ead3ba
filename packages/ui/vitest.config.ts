import { unitConfig } from '../../tooling/vitest';

export default unitConfig();
