import { useCallback, useEffect, useRef, useState } from 'react';
import type { VideoEngine } from '../core/engine';
import type { RenderRootKind } from '../core/types';

/**
 * The engine's long-lived render root of one kind, moved into the element the returned ref is set
 * on. Tiles are portalled into the root, so the SDK's container is created once per session.
 */
export function useRenderRoot(
  engine: VideoEngine,
  kind: RenderRootKind,
): [(host: HTMLElement | null) => void, HTMLElement | null] {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const hostRef = useCallback(
    (host: HTMLElement | null) => {
      if (host) setRoot(engine.mountRenderRoot(host, kind));
    },
    [engine, kind],
  );
  return [hostRef, root];
}

/**
 * Renders a participant's video (or received share) into the returned slot while `active`, and
 * detaches it when inactive or unmounted. Failures (e.g. too many videos) leave the placeholder.
 */
export function useVideoRender(
  engine: VideoEngine,
  participantId: string,
  active: boolean,
  kind: RenderRootKind = 'video',
) {
  const slotRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const slot = slotRef.current;
    if (!slot || !active) return;
    const attach = kind === 'video' ? engine.attachVideo : engine.attachShare;
    const detach = kind === 'video' ? engine.detachVideo : engine.detachShare;
    attach.call(engine, participantId, slot).catch(() => {});
    return () => {
      detach.call(engine, participantId, slot).catch(() => {});
    };
  }, [engine, participantId, active, kind]);
  return slotRef;
}
