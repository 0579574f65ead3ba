// Test support: an EventSource over fetch (Node 20 has none), so the HQ client's live events can
// run against the real server in-process, through the same cookie-keeping fetch as its calls.

import type { EventSourceConstructor } from '@machi-dx/shelter-forms';

/** Makes an EventSource class whose connections go through `fetcher`. */
export function fetchEventSource(fetcher: typeof fetch): EventSourceConstructor {
  return class FetchEventSource {
    onerror: ((event: Event) => void) | null = null;
    readonly #listeners = new Map<string, ((event: MessageEvent) => void)[]>();
    readonly #controller = new AbortController();

    constructor(url: string) {
      void this.#run(url);
    }

    addEventListener(type: string, listener: (event: MessageEvent) => void) {
      this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
    }

    close() {
      this.#controller.abort();
    }

    #dispatch(type: string, data: string, lastEventId: string) {
      const event = new MessageEvent(type, { data, lastEventId });
      for (const listener of this.#listeners.get(type) ?? []) listener(event);
    }

    async #run(url: string) {
      try {
        const response = await fetcher(url, {
          headers: { Accept: 'text/event-stream' },
          signal: this.#controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        let lastEventId = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let type = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              const colon = line.indexOf(':');
              if (colon === 0) continue; // a comment (heartbeat)
              const name = colon < 0 ? line : line.slice(0, colon);
              const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
              if (name === 'event') type = text;
              else if (name === 'data') data.push(text);
              else if (name === 'id') lastEventId = text;
            }
            if (data.length > 0) this.#dispatch(type, data.join('\n'), lastEventId);
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // aborted by close(), or the connection failed: either way the source is over
      }
      if (!this.#controller.signal.aborted) this.onerror?.(new Event('error'));
    }
  };
}

/** A fetch that keeps the session cookie, like a browser tab, and sends the page's Origin. */
export function cookieFetch(origin: string): typeof fetch {
  let cookie = '';
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('Cookie', cookie);
    headers.set('Origin', origin);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
}
