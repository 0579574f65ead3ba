import { createVideoEngine } from './createVideoEngine';
import { lazyVideoEngine } from './lazy';
import { SimulatedEngine } from './simulated/SimulatedEngine';

const sdk = vi.hoisted(() => ({ imported: 0 }));
vi.mock('@zoom/videosdk', () => {
  sdk.imported += 1;
  return { default: {} };
});

describe('lazyVideoEngine', () => {
  it('loads the engine on first use, once, and forwards its events', async () => {
    const real = new SimulatedEngine({ localMedia: 'synthetic', joinDelayMs: 0 });
    const load = vi.fn(async () => real);
    const engine = lazyVideoEngine('simulated', load);
    const connection = vi.fn();
    engine.on('connection', connection);
    expect(engine.kind).toBe('simulated');
    expect(engine.loaded).toBeNull();
    expect(engine.getPreviewAudioLevel()).toBe(0);
    expect(() => engine.mountRenderRoot(document.body, 'video')).toThrow(/before prepare/);
    await engine.prepare();
    await engine.join({ sessionName: 's', userName: 'u', role: 'participant' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(engine.loaded).toBe(real);
    expect(connection).toHaveBeenCalledWith({ state: 'connected' });
    expect(engine.mountRenderRoot(document.body, 'video').dataset.renderRoot).toBe('video');
    await engine.destroy();
    expect(connection).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'closed' }));
  });

  it('is not mistaken for a promise, and forwards only engine methods', async () => {
    const load = vi.fn(async () => new SimulatedEngine());
    const engine = lazyVideoEngine('simulated', load);
    expect(await Promise.resolve(engine)).toBe(engine);
    expect((engine as unknown as Record<string, unknown>).toJSON).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it('destroys nothing when it was never loaded', async () => {
    const load = vi.fn();
    await lazyVideoEngine('zoom', load).destroy();
    expect(load).not.toHaveBeenCalled();
  });
});

describe('createVideoEngine', () => {
  it('creates a Zoom engine without importing the SDK; prepare imports it', async () => {
    const engine = createVideoEngine('zoom', { zoom: { dependentAssets: '/zoom-lib' } });
    expect(engine.kind).toBe('zoom');
    expect(sdk.imported).toBe(0);
    await engine.prepare().catch(() => {});
    expect(sdk.imported).toBe(1);
  });

  it('creates a simulated engine from its options', async () => {
    const engine = createVideoEngine('simulated', {
      simulated: { localMedia: 'synthetic', joinDelayMs: 0, participants: [{ name: 'A' }] },
    });
    const roster = vi.fn();
    engine.on('participants', roster);
    await engine.join({ sessionName: 's', userName: 'me', role: 'participant' });
    expect(roster.mock.lastCall?.[0].map((p: { name: string }) => p.name)).toEqual(['me', 'A']);
  });
});
