import { type AnnouncementDraft, describeParticipantChanges } from './announce';
import { toVideoError, VideoError } from './errors';
import type {
  LocalMediaState,
  VideoSession,
  VideoSessionOptions,
  VideoSessionSnapshot,
} from './session-types';
import type {
  ConnectionChange,
  DeviceLists,
  EndReason,
  EngineCapabilities,
  Participant,
  VideoSessionDetails,
} from './types';

const off: LocalMediaState = { on: false, pending: false, error: null };
const noDevices: DeviceLists = { cameras: [], microphones: [], speakers: [] };

function initialSnapshot(details: VideoSessionDetails, userName: string): VideoSessionSnapshot {
  return {
    details,
    phase: 'pre-join',
    connection: 'idle',
    endReason: null,
    error: null,
    capabilities: null,
    devices: noDevices,
    selected: {},
    // The camera and microphone start on, as in every video call; the person turns them off here.
    camera: { ...off, on: true },
    microphone: { ...off, on: true },
    share: off,
    userName,
    participants: [],
    activeSpeakerId: null,
    shareParticipantId: null,
    audioBlocked: false,
    announcements: [],
  };
}

/** Creates the session store that drives one engine through pre-join → session → ended. */
export function createVideoSession({
  engine,
  details,
  now = Date.now,
}: VideoSessionOptions): VideoSession {
  let state = initialSnapshot(details, details.userName);
  let announcementId = 0;
  let previewSlot: HTMLElement | null = null;
  let prepared: Promise<void> | null = null;
  // A remount (React Strict Mode) may prepare again while the old engine is still being destroyed.
  let disposing: Promise<void> = Promise.resolve();
  // Bumped by dispose: work begun before it (a prepare still waiting for devices) starts nothing after.
  let epoch = 0;
  // The newest change per device: an older one that settles later does not overwrite its state.
  const latest = { camera: 0, microphone: 0, share: 0 };
  let firstRoster = true;
  const listeners = new Set<() => void>();
  const unsubscribers: (() => void)[] = [];

  const set = (patch: Partial<VideoSessionSnapshot>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };
  const announce = (drafts: AnnouncementDraft[]) => {
    if (drafts.length === 0) return;
    const added = drafts.map((draft) => ({ ...draft, id: ++announcementId }));
    set({ announcements: [...state.announcements, ...added].slice(-5) });
  };
  const media = (kind: 'camera' | 'microphone' | 'share', patch: Partial<LocalMediaState>) =>
    set({ [kind]: { ...state[kind], ...patch } });

  /** Runs a device change; a failure turns the device off and keeps the reason to show. */
  const change = async (
    kind: 'camera' | 'microphone' | 'share',
    on: boolean,
    run: () => Promise<void>,
  ) => {
    const ticket = ++latest[kind];
    media(kind, { pending: true });
    try {
      await run();
      if (ticket === latest[kind]) media(kind, { on, pending: false, error: null });
    } catch (error) {
      if (ticket === latest[kind]) {
        media(kind, { on: false, pending: false, error: toVideoError(error) });
      }
    }
  };

  const onConnection = ({ state: connection, reason, error }: ConnectionChange) => {
    const previous = state.connection;
    if (connection === 'closed' || connection === 'failed') {
      set({
        connection,
        phase: 'ended',
        endReason: reason ?? (connection === 'failed' ? 'failed' : 'left'),
        error: error ?? (connection === 'failed' ? new VideoError('connection-failed') : null),
        camera: { ...state.camera, pending: false },
        microphone: { ...state.microphone, pending: false },
        share: off,
        shareParticipantId: null,
      });
      announce([{ key: `video.ended.${reason ?? (connection === 'failed' ? 'failed' : 'left')}` }]);
      return;
    }
    set({ connection });
    if (connection === 'reconnecting') announce([{ key: 'video.reconnecting.body' }]);
    if (connection === 'connected' && previous === 'reconnecting') {
      announce([{ key: 'video.announce.reconnected' }]);
    }
  };

  const onParticipants = (participants: readonly Participant[]) => {
    const self = participants.find((participant) => participant.isSelf);
    // The newest remote speaker is featured; with nobody speaking, the last one stays.
    const speaking = participants.filter(
      (participant) => participant.speaking && !participant.isSelf,
    );
    const wasSpeaking = new Set(state.participants.filter((p) => p.speaking).map((p) => p.id));
    const speaker =
      speaking.find((participant) => !wasSpeaking.has(participant.id)) ??
      speaking.find((participant) => participant.id === state.activeSpeakerId) ??
      speaking[0];
    const stillHere = participants.some((participant) => participant.id === state.activeSpeakerId);
    const drafts = firstRoster
      ? [{ key: 'video.announce.inSession', values: { count: participants.length } }]
      : describeParticipantChanges(state.participants, participants);
    firstRoster = false;
    set({
      participants: [...participants].sort((a, b) => Number(b.isSelf) - Number(a.isSelf)),
      activeSpeakerId: speaker?.id ?? (stillHere ? state.activeSpeakerId : null),
      // The engine is the truth about self once in session (a host may mute this person).
      ...(self && state.phase === 'in-session'
        ? {
            camera: { ...state.camera, on: self.videoOn },
            microphone: { ...state.microphone, on: self.audio === 'unmuted' },
            share: { ...state.share, on: self.sharing },
          }
        : {}),
    });
    announce(drafts);
  };

  const onShare = (participantId: string | null) => {
    const sharer = state.participants.find((participant) => participant.id === participantId);
    set({ shareParticipantId: participantId });
    if (sharer && !sharer.isSelf) {
      announce([{ key: 'video.announce.shareStarted', values: { name: sharer.name } }]);
    }
  };

  const listen = () => {
    if (unsubscribers.length > 0) return;
    unsubscribers.push(
      engine.on('connection', onConnection),
      engine.on('participants', onParticipants),
      engine.on('share', onShare),
      engine.on('devices', (devices) => set({ devices })),
      engine.on('capabilities', (capabilities) => set({ capabilities })),
      engine.on('audio-blocked', () => set({ audioBlocked: true })),
      engine.on('media-failed', (error) => {
        const kind = /microphone/.test(error.code) ? 'microphone' : 'camera';
        media(kind, { on: false, error });
      }),
    );
  };

  /** Audio options from the chosen devices; absent ids mean the browser's defaults. */
  const audioOptions = (muted: boolean) => {
    const { microphoneId, speakerId } = state.selected;
    return {
      muted,
      ...(microphoneId ? { microphoneId } : {}),
      ...(speakerId ? { speakerId } : {}),
    };
  };

  const startPreviewVideo = () =>
    previewSlot
      ? engine.startPreviewVideo(previewSlot, state.selected.cameraId)
      : Promise.resolve();

  const session: VideoSession = {
    engine,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,

    prepare() {
      listen();
      const mine = epoch;
      // Still this session's pre-join? After dispose, or once joining began, no preview may start.
      const previewing = () => mine === epoch && state.phase === 'pre-join';
      prepared ??= (async () => {
        await disposing;
        if (mine !== epoch) return;
        let capabilities: EngineCapabilities;
        try {
          capabilities = await engine.prepare();
        } catch (error) {
          if (mine === epoch) set({ error: toVideoError(error) });
          return;
        }
        if (mine !== epoch) return;
        set({ capabilities });
        // Listing first asks for permission once, so the labels in the pickers are readable.
        const devices = await engine.listDevices().catch(() => noDevices);
        if (mine !== epoch) return;
        set({ devices });
        if (state.microphone.on && previewing()) {
          await change('microphone', true, () =>
            engine.startPreviewAudio(state.selected.microphoneId),
          );
        }
        if (state.camera.on && previewSlot && previewing()) {
          await change('camera', true, startPreviewVideo);
        }
      })();
      return prepared;
    },

    setPreviewSlot(slot) {
      const previous = previewSlot;
      previewSlot = slot;
      if (state.phase !== 'pre-join' || !state.capabilities) return;
      if (slot && state.camera.on) void change('camera', true, startPreviewVideo);
      if (!slot && previous) void engine.stopPreviewVideo();
    },

    async setCamera(on) {
      if (state.phase === 'in-session') {
        const id = state.selected.cameraId;
        return change('camera', on, () => (on ? engine.startVideo(id) : engine.stopVideo()));
      }
      if (!state.capabilities) return media('camera', { on, error: null });
      return change('camera', on, on ? startPreviewVideo : () => engine.stopPreviewVideo());
    },

    async setMicrophone(on) {
      if (state.phase === 'in-session') {
        const self = state.participants.find((participant) => participant.isSelf);
        const connected = self ? self.audio !== 'off' : false;
        const run = !connected
          ? () => engine.startAudio(audioOptions(!on))
          : on
            ? () => engine.unmuteAudio()
            : () => engine.muteAudio();
        return change('microphone', on, run);
      }
      if (!state.capabilities) return media('microphone', { on, error: null });
      const { microphoneId } = state.selected;
      const run = on
        ? () => engine.startPreviewAudio(microphoneId)
        : () => engine.stopPreviewAudio();
      return change('microphone', on, run);
    },

    async selectDevice(kind, deviceId) {
      set({ selected: { ...state.selected, [`${kind}Id`]: deviceId } });
      if (kind === 'speaker') return engine.switchSpeaker(deviceId).catch(() => {});
      const target = kind === 'camera' ? 'camera' : 'microphone';
      if (!state[target].on) return;
      if (state.phase === 'in-session') {
        const run = () =>
          kind === 'camera' ? engine.switchCamera(deviceId) : engine.switchMicrophone(deviceId);
        return change(target, true, run);
      }
      if (state.phase !== 'pre-join') return;
      const restart =
        kind === 'camera'
          ? startPreviewVideo
          : async () => {
              await engine.stopPreviewAudio();
              await engine.startPreviewAudio(deviceId);
            };
      return change(target, true, restart);
    },

    setUserName(userName) {
      set({ userName });
    },

    async join() {
      if (state.phase === 'joining' || state.phase === 'in-session') return;
      listen();
      const expiresAt = details.expiresAt ? Date.parse(details.expiresAt) : Number.NaN;
      if (expiresAt <= now()) {
        set({ phase: 'ended', endReason: 'failed', error: new VideoError('token-expired') });
        return;
      }
      firstRoster = true;
      set({ phase: 'joining', connection: 'connecting', error: null, endReason: null });
      try {
        await disposing;
        if (!state.capabilities) {
          set({ capabilities: await engine.prepare() });
          set({ devices: await engine.listDevices().catch(() => noDevices) });
        }
        await engine.join({
          sessionName: details.sessionName,
          token: details.token,
          userName: state.userName.trim() || details.userName,
          role: details.role,
        });
      } catch (error) {
        set({
          phase: 'ended',
          connection: 'failed',
          endReason: 'failed',
          error: toVideoError(error),
        });
        announce([{ key: 'video.ended.failed' }]);
        return;
      }
      const { camera, microphone, selected } = state;
      set({ phase: 'in-session', connection: 'connected' });
      // Still inside the Join click's task chain: browsers accept audio started from it.
      const audio = change('microphone', microphone.on, () =>
        engine.startAudio(audioOptions(!microphone.on)),
      );
      const video = camera.on
        ? change('camera', true, () => engine.startVideo(selected.cameraId))
        : Promise.resolve();
      await Promise.all([audio, video]);
    },

    async setSharing(on) {
      if (state.phase !== 'in-session') return;
      return change('share', on, () => (on ? engine.startShare() : engine.stopShare()));
    },

    async leave(options) {
      if (state.phase === 'ended') return;
      const endForAll = Boolean(options?.endForAll && details.role === 'host');
      const reason: EndReason = endForAll ? 'ended-for-all' : 'left';
      try {
        await engine.leave({ endForAll });
      } finally {
        // Engines report `closed` themselves; this covers one that did not (or failed to leave).
        if ((state as VideoSessionSnapshot).phase !== 'ended')
          onConnection({ state: 'closed', reason });
      }
    },

    async resumeAudio() {
      set({ audioBlocked: false });
      await engine.resumeAudio().catch(() => {});
    },

    dismissError(kind) {
      media(kind, { error: null });
    },

    async dispose() {
      for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
      epoch += 1;
      for (const kind of ['camera', 'microphone', 'share'] as const) latest[kind] += 1;
      prepared = null;
      const { userName, camera, microphone } = state;
      set({
        ...initialSnapshot(details, userName),
        camera: { ...off, on: camera.on },
        microphone: { ...off, on: microphone.on },
      });
      disposing = engine.destroy().catch(() => {});
      await disposing;
    },
  };
  return session;
}
