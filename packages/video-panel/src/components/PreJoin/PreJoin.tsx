import { Button, Field, Notice, TextInput } from '@machi-dx/ui';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { videoErrorMessageKey } from '../../core/errors';
import { usePreJoin } from '../../hooks/usePreJoin';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionContext } from '../../hooks/useVideoSession';
import { ControlButton } from '../ControlBar/ControlButton';
import { DevicePickers } from './DevicePickers';
import './pre-join.css';

/** Props of {@link PreJoin}: a native form's props (it submits by joining). */
export interface PreJoinProps
  extends Omit<ComponentPropsWithoutRef<'form'>, 'children' | 'onSubmit'> {
  /** The heading level, to fit the page's outline. Defaults to 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * Before joining: the camera preview, a microphone level meter, camera/microphone/speaker pickers
 * and the name others will see, with plain guidance when a device is denied, missing or in use,
 * or the browser cannot make calls. Joining from here is the user gesture audio needs.
 */
export const PreJoin = forwardRef<HTMLFormElement, PreJoinProps>(function PreJoin(
  { headingLevel = 2, className, ...rest },
  ref,
) {
  const t = useVideoPanelTranslator();
  const session = useVideoSessionContext('PreJoin');
  const pre = usePreJoin(session);
  const { camera, microphone, error } = pre.snapshot;
  const headingId = useId();
  const meterId = useId();
  const Heading = `h${headingLevel}` as const;
  const deviceErrors = [
    ['camera', camera.error],
    ['microphone', microphone.error],
  ] as const;

  return (
    <form
      ref={ref}
      aria-labelledby={headingId}
      className={className ? `machi-pre-join ${className}` : 'machi-pre-join'}
      {...rest}
      {...pre.formProps}
    >
      <Heading id={headingId} className="machi-pre-join__title">
        {t('video.preJoin.title')}
      </Heading>
      <p className="machi-pre-join__intro">{t('video.preJoin.intro')}</p>
      {error && (
        <Notice tone="error" title={t('video.preJoin.unavailable')} headingLevel={3}>
          {t(videoErrorMessageKey(error.code))}
        </Notice>
      )}
      {deviceErrors.map(
        ([kind, deviceError]) =>
          deviceError && (
            <Notice key={kind} tone="warning" title={t(`video.problem.${kind}`)} headingLevel={3}>
              <p>{t(videoErrorMessageKey(deviceError.code))}</p>
              <Button
                variant="secondary"
                size="sm"
                onClick={() =>
                  void (kind === 'camera' ? session.setCamera(true) : session.setMicrophone(true))
                }
              >
                {t('video.preJoin.tryAgain')}
              </Button>
            </Notice>
          ),
      )}
      <div className="machi-pre-join__body">
        <div className="machi-pre-join__preview" data-state={pre.previewProps['data-state']}>
          <div ref={pre.previewProps.ref} className="machi-pre-join__slot" />
          {!camera.on && (
            <p className="machi-pre-join__camera-off">{t('video.preJoin.cameraOff')}</p>
          )}
        </div>
        <div className="machi-pre-join__settings">
          <div className="machi-pre-join__toggles">
            <ControlButton
              icon="microphone"
              label={t('video.control.microphone')}
              {...pre.microphoneToggleProps}
            />
            <ControlButton
              icon="camera"
              label={t('video.control.camera')}
              {...pre.cameraToggleProps}
            />
          </div>
          <div className="machi-pre-join__meter">
            <span id={meterId}>{t('video.preJoin.level')}</span>
            <meter
              aria-labelledby={meterId}
              min={0}
              max={1}
              low={0.05}
              value={pre.level}
              className="machi-pre-join__meter-bar"
            />
          </div>
          <DevicePickers session={session} />
          <Field
            id={`${headingId}-name`}
            label={t('video.preJoin.name')}
            hint={t('video.preJoin.nameHint')}
            error={pre.nameMissing ? t('video.preJoin.nameMissing') : undefined}
            required
          >
            <TextInput {...pre.nameInputProps} />
          </Field>
          <Button size="lg" data-part="join" {...pre.joinButtonProps}>
            {t('video.preJoin.join')}
          </Button>
        </div>
      </div>
    </form>
  );
});
