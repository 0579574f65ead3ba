import { Button, Notice } from '@machi-dx/ui';
import { videoErrorMessageKey } from '../../core/errors';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionContext, useVideoSessionSnapshot } from '../../hooks/useVideoSession';

/** In-session messages that need the person: blocked audio, a poor connection, a device that failed. */
export function SessionNotices() {
  const t = useVideoPanelTranslator();
  const session = useVideoSessionContext('SessionNotices');
  const { audioBlocked, participants, camera, microphone, share } =
    useVideoSessionSnapshot(session);
  const self = participants.find((participant) => participant.isSelf);
  const failures = [
    ['camera', camera.error],
    ['microphone', microphone.error],
    ['share', share.error],
  ] as const;
  return (
    <>
      {audioBlocked && (
        <Notice tone="warning" title={t('video.audioBlocked.title')} headingLevel={3}>
          <Button onClick={() => void session.resumeAudio()}>
            {t('video.audioBlocked.action')}
          </Button>
        </Notice>
      )}
      {self?.network === 'poor' && (
        <Notice tone="warning" title={t('video.network.poorTitle')} headingLevel={3}>
          {t('video.network.poorHelp')}
        </Notice>
      )}
      {failures.map(
        ([kind, error]) =>
          error && (
            <Notice key={kind} tone="error" title={t(`video.problem.${kind}`)} headingLevel={3}>
              <p>{t(videoErrorMessageKey(error.code))}</p>
              <Button variant="secondary" size="sm" onClick={() => session.dismissError(kind)}>
                {t('video.close')}
              </Button>
            </Notice>
          ),
      )}
    </>
  );
}
