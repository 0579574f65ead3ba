import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { VideoSession } from '../core/session-types';
import { useMicrophoneLevel } from './useMicrophoneLevel';
import { useVideoSessionSnapshot } from './useVideoSession';

/**
 * The pre-join screen's behaviour: prepares the engine, shows the camera preview, samples the
 * microphone level, and checks the name on submit (GOV.UK style: only on submit, then focus it).
 */
export function usePreJoin(session: VideoSession) {
  const snapshot = useVideoSessionSnapshot(session);
  const { camera, microphone, capabilities, userName, phase } = snapshot;
  const [nameMissing, setNameMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const level = useMicrophoneLevel(
    session.engine,
    microphone.on && !microphone.pending && phase === 'pre-join',
  );

  useEffect(() => {
    void session.prepare();
  }, [session]);

  const previewRef = useCallback(
    (slot: HTMLDivElement | null) => session.setPreviewSlot(slot),
    [session],
  );
  const ready = capabilities !== null;

  return {
    snapshot,
    level,
    nameMissing,
    previewProps: { ref: previewRef, 'data-state': camera.on ? 'on' : 'off' } as const,
    cameraToggleProps: {
      'aria-pressed': camera.on,
      'data-state': camera.on ? 'on' : 'off',
      disabled: camera.pending,
      onClick: () => void session.setCamera(!camera.on),
    } as const,
    microphoneToggleProps: {
      'aria-pressed': microphone.on,
      'data-state': microphone.on ? 'on' : 'off',
      disabled: microphone.pending,
      onClick: () => void session.setMicrophone(!microphone.on),
    } as const,
    nameInputProps: {
      ref: nameRef,
      value: userName,
      autoComplete: 'name',
      onChange: (event: { target: { value: string } }) => {
        session.setUserName(event.target.value);
        if (nameMissing && event.target.value.trim()) setNameMissing(false);
      },
    },
    formProps: {
      noValidate: true,
      onSubmit: (event: FormEvent) => {
        event.preventDefault();
        if (!userName.trim()) {
          setNameMissing(true);
          nameRef.current?.focus();
          return;
        }
        void session.join();
      },
    },
    // Never disabled: joining waits for the engine itself, and a disabled button explains nothing.
    joinButtonProps: {
      type: 'submit',
      'aria-disabled': phase !== 'pre-join' || undefined,
    } as const,
    ready,
  };
}
