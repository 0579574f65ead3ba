// The HQ data shapes live in the core (the HQ client and store return them); the components
// import them from here.
export type * from '../../core/hq/types';
