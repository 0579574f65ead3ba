import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Sets `c.get('clientIp')`: the socket's remote address, or — only with `trustProxy` — the last
 * address in `X-Forwarded-For`, the one the trusted proxy itself appended (earlier entries come
 * from the client and can be forged). Undefined when unknown, e.g. `app.request()` without a socket.
 */
export function clientAddress(options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('clientIp', resolveClientIp(c, options.trustProxy));
    await next();
  };
}

/** The client address as described in {@link clientAddress}, normalised (`::ffff:1.2.3.4` → `1.2.3.4`). */
export function resolveClientIp(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded && isIP(forwarded)) return normalizeIp(forwarded);
  }
  const socketAddress = socketRemoteAddress(c);
  return socketAddress && isIP(socketAddress) ? normalizeIp(socketAddress) : undefined;
}

/** IPv4-mapped IPv6 addresses as plain IPv4; IPv6 in full lower-case form. */
export function normalizeIp(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  return isIP(address) === 6 ? expandIpv6(address) : address;
}

/**
 * The key to rate-limit a client by: the IPv4 address, or the /64 network of an IPv6 address — one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses would limit nothing.
 */
export function rateLimitAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).split(':').slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string {
  const withoutZone = address.split('%')[0] ?? address;
  let text = withoutZone.toLowerCase();
  // An embedded IPv4 tail (::1.2.3.4) becomes two hextets.
  const ipv4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (ipv4) {
    const [a, b, c, d] = ipv4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, ipv4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headParts.length - tailParts.length;
  const parts = [...headParts, ...Array<string>(missing).fill('0'), ...tailParts];
  return parts.map((part) => part.padStart(4, '0')).join(':');
}

/** The Node socket's remote address when the app runs under @hono/node-server. */
function socketRemoteAddress(c: Context): string | undefined {
  const env = c.env as
    | { incoming?: SocketHolder; server?: { incoming?: SocketHolder } }
    | undefined;
  const incoming = env?.server?.incoming ?? env?.incoming;
  return incoming?.socket?.remoteAddress;
}

interface SocketHolder {
  socket?: { remoteAddress?: string };
}
