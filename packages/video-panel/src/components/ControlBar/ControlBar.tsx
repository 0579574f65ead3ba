import { Button, Dialog, DialogContent, DialogDescription, DialogTitle } from '@machi-dx/ui';
import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { useVideoControls, videoShortcuts } from '../../hooks/useVideoControls';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionContext, useVideoSessionSnapshot } from '../../hooks/useVideoSession';
import { DevicePickers } from '../PreJoin/DevicePickers';
import type { VideoLayout } from '../VideoStage/VideoStage';
import { ControlButton } from './ControlButton';
import './control-bar.css';

/** Props of {@link ControlBar}: a native div's props plus the layout and participant-list state it toggles. */
export interface ControlBarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The stage's layout. */
  layout: VideoLayout;
  /** Called when the layout button is pressed. */
  onLayoutChange: (layout: VideoLayout) => void;
  /** Whether the participant list is open. */
  participantsOpen: boolean;
  /** Called when the participants button is pressed. */
  onParticipantsOpenChange: (open: boolean) => void;
  /** The participant list's id, for `aria-controls`. */
  participantsId?: string;
  /** Listen to the keyboard shortcuts (Alt+A, Alt+V, …). Defaults to `true`. */
  shortcuts?: boolean;
}

type OpenDialog = 'leave' | 'devices' | 'shortcuts' | null;

/**
 * The session's controls, large enough for a kiosk: microphone, camera, screen share (where the
 * browser can), layout, participants, devices, keyboard shortcuts, and leave — with "end for
 * everyone" for the host. Leaving asks first, so a stray tap does not end a consultation.
 */
export const ControlBar = forwardRef<HTMLDivElement, ControlBarProps>(function ControlBar(
  {
    layout,
    onLayoutChange,
    participantsOpen,
    onParticipantsOpenChange,
    participantsId,
    shortcuts = true,
    className,
    ...rest
  },
  ref,
) {
  const t = useVideoPanelTranslator();
  const session = useVideoSessionContext('ControlBar');
  const { details, participants } = useVideoSessionSnapshot(session);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const controls = useVideoControls(session, {
    gallery: layout === 'gallery',
    onGalleryChange: (gallery) => onLayoutChange(gallery ? 'gallery' : 'speaker'),
    participantsOpen,
    onParticipantsOpenChange,
    onLeaveRequest: () => setDialog('leave'),
    shortcuts,
  });
  const { 'data-state': _layoutState, ...layoutProps } = controls.layout;
  const { 'data-state': _listState, ...participantsProps } = controls.participants;
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };
  const leave = (endForAll: boolean) => {
    setDialog(null);
    void session.leave({ endForAll });
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields; a fieldset would add form semantics and a legend.
    <div
      ref={ref}
      role="group"
      aria-label={t('video.controls.label')}
      className={className ? `machi-control-bar ${className}` : 'machi-control-bar'}
      {...rest}
    >
      <ControlButton
        icon="microphone"
        label={t('video.control.microphone')}
        {...controls.microphone}
      />
      <ControlButton icon="camera" label={t('video.control.camera')} {...controls.camera} />
      {controls.canShare && (
        <ControlButton icon="share" label={t('video.control.share')} {...controls.share} />
      )}
      <ControlButton icon="gallery" label={t('video.control.layout')} {...layoutProps} />
      <ControlButton
        icon="participants"
        label={t('video.control.participants', { count: participants.length })}
        aria-controls={participantsOpen ? participantsId : undefined}
        {...participantsProps}
      />
      <ControlButton
        icon="settings"
        label={t('video.control.devices')}
        aria-haspopup="dialog"
        onClick={() => setDialog('devices')}
      />
      <ControlButton
        icon="keyboard"
        label={t('video.control.shortcuts')}
        aria-haspopup="dialog"
        onClick={() => setDialog('shortcuts')}
      />
      <ControlButton
        icon="leave"
        label={t('video.control.leave')}
        data-variant="danger"
        aria-haspopup="dialog"
        {...controls.leave}
      />

      <Dialog open={dialog === 'leave'} onOpenChange={close}>
        <DialogContent>
          <DialogTitle>{t('video.leave.title')}</DialogTitle>
          <DialogDescription>
            {t(details.role === 'host' ? 'video.leave.hostDescription' : 'video.leave.description')}
          </DialogDescription>
          <div className="machi-control-bar__dialog-actions">
            <Button variant="danger" onClick={() => leave(false)}>
              {t('video.leave.confirm')}
            </Button>
            {details.role === 'host' && (
              <Button variant="danger" onClick={() => leave(true)}>
                {t('video.leave.endForAll')}
              </Button>
            )}
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t('video.leave.cancel')}
            </Button>
          </div>
        </DialogContent>
      </Dialog>

      <Dialog open={dialog === 'devices'} onOpenChange={close}>
        <DialogContent>
          <DialogTitle>{t('video.control.devices')}</DialogTitle>
          <DevicePickers session={session} />
          <div className="machi-control-bar__dialog-actions">
            <Button onClick={() => setDialog(null)}>{t('video.close')}</Button>
          </div>
        </DialogContent>
      </Dialog>

      <Dialog open={dialog === 'shortcuts'} onOpenChange={close}>
        <DialogContent>
          <DialogTitle>{t('video.control.shortcuts')}</DialogTitle>
          <DialogDescription>{t('video.shortcuts.description')}</DialogDescription>
          <dl className="machi-control-bar__shortcuts">
            {Object.entries(videoShortcuts).map(([control, keys]) => (
              <div key={control}>
                <dt>{t(`video.control.${control}`, { count: participants.length })}</dt>
                <dd>
                  <kbd>{keys}</kbd>
                </dd>
              </div>
            ))}
          </dl>
          <div className="machi-control-bar__dialog-actions">
            <Button onClick={() => setDialog(null)}>{t('video.close')}</Button>
          </div>
        </DialogContent>
      </Dialog>
    </div>
  );
});
