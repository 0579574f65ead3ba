import { libraryConfig } from '../../tooling/tsup.ts';

export default libraryConfig();
