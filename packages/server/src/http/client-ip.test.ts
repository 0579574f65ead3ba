import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeIp, rateLimitAddress } from './client-ip.ts';
import type { AppEnv } from './env.ts';

function echoApp(trustProxy: boolean) {
  const app = new Hono<AppEnv>();
  app.use('*', clientAddress({ trustProxy }));
  app.get('/ip', (c) => c.json({ ip: c.get('clientIp') ?? null }));
  return app;
}

describe('client address', () => {
  it('normalises addresses', () => {
    expect(normalizeIp('203.0.113.5')).toBe('203.0.113.5');
    expect(normalizeIp('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(normalizeIp('2001:DB8::1')).toBe('2001:0db8:0000:0000:0000:0000:0000:0001');
    expect(normalizeIp('::1')).toBe('0000:0000:0000:0000:0000:0000:0000:0001');
    expect(normalizeIp('64:ff9b::192.0.2.33')).toBe('0064:ff9b:0000:0000:0000:0000:c000:0221');
  });

  it('rate-limits IPv6 clients by their /64, IPv4 clients by address', () => {
    expect(rateLimitAddress('203.0.113.5')).toBe('203.0.113.5');
    expect(rateLimitAddress('2001:db8:1:2:aaaa::1')).toBe('2001:0db8:0001:0002::/64');
    expect(rateLimitAddress('2001:db8:1:2:bbbb::9')).toBe(rateLimitAddress('2001:db8:1:2::1'));
    expect(rateLimitAddress('2001:db8:1:3::1')).not.toBe(rateLimitAddress('2001:db8:1:2::1'));
  });

  it('is unknown without a socket (app.request), and X-Forwarded-For counts only when trusted', async () => {
    const forwarded = { headers: { 'X-Forwarded-For': '10.9.9.9, 203.0.113.5' } };
    expect(await (await echoApp(false).request('/ip', forwarded)).json()).toEqual({ ip: null });
    // The last entry is the one the trusted proxy appended; the first is the client's claim.
    expect(await (await echoApp(true).request('/ip', forwarded)).json()).toEqual({
      ip: '203.0.113.5',
    });
    const garbage = { headers: { 'X-Forwarded-For': 'not-an-ip' } };
    expect(await (await echoApp(true).request('/ip', garbage)).json()).toEqual({ ip: null });
  });

  it('comes from the socket under @hono/node-server', async () => {
    const app = echoApp(false);
    const { server, port } = await new Promise<{
      server: ReturnType<typeof serve>;
      port: number;
    }>((resolve) => {
      const server = serve(
        { fetch: app.fetch, port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      );
    });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ip`, {
        headers: { 'X-Forwarded-For': '203.0.113.5' },
      });
      expect(await response.json()).toEqual({ ip: '127.0.0.1' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
