import { Field, Select } from '@machi-dx/ui';
import { useId } from 'react';
import type { VideoSession } from '../../core/session-types';
import type { VideoDevice } from '../../core/types';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionSnapshot } from '../../hooks/useVideoSession';

/** Camera, microphone and (where the browser can choose one) speaker pickers, as native selects. */
export function DevicePickers({ session }: { session: VideoSession }) {
  const t = useVideoPanelTranslator();
  const id = useId();
  const { devices, selected, capabilities } = useVideoSessionSnapshot(session);
  const pickers: [kind: 'camera' | 'microphone' | 'speaker', list: readonly VideoDevice[]][] = [
    ['camera', devices.cameras],
    ['microphone', devices.microphones],
  ];
  if (capabilities?.speakerSelection && devices.speakers.length > 0) {
    pickers.push(['speaker', devices.speakers]);
  }
  return (
    <div className="machi-device-pickers">
      {pickers.map(([kind, list]) => (
        <Field key={kind} id={`${id}-${kind}`} label={t(`video.device.${kind}`)} hideRequirement>
          <Select
            value={selected[`${kind}Id`] ?? ''}
            disabled={list.length === 0}
            onChange={(event) => void session.selectDevice(kind, event.target.value)}
          >
            <option value="">
              {t(list.length === 0 ? 'video.device.none' : 'video.device.default')}
            </option>
            {list.map((device, index) => (
              <option key={device.deviceId} value={device.deviceId}>
                {device.label || t('video.device.unnamed', { number: index + 1 })}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
