import { createHqClient } from '@machi-dx/shelter-forms';

/** The portal's HQ client: the HTTP API on the same origin, session cookie, EventSource. */
export const hqClient = createHqClient();
