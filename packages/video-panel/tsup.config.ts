import { libraryConfig } from '../../tooling/tsup.ts';

// Code splitting, so the engines createVideoEngine() imports on demand become their own chunks
// (the Zoom adapter loads with the Zoom SDK, the simulated one only in demo mode).
export default libraryConfig({ splitting: true });
