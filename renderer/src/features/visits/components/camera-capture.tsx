import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** True where the desk can reach a camera at all (getUserMedia); elsewhere only "pick from disk" is offered. */
export const cameraAvailable = (): boolean => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';

/**
 * Takes one photo from the desk's camera: the stream runs only while this is open, the frame is drawn on a
 * canvas and handed on as a JPEG (the compressor makes it small; a canvas frame carries no EXIF at all).
 */
export function CameraCapture({ onCapture, onClose }: { onCapture: (photo: Blob) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let gone = false;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(
      (opened) => {
        if (gone) return opened.getTracks().forEach((track) => track.stop());
        stream = opened;
        if (video.current) {
          video.current.srcObject = opened;
          void video.current.play();
        }
      },
      () => setProblem('visits.photo.noCamera'),
    );
    return () => {
      gone = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  const capture = () => {
    const frame = video.current;
    if (!frame || frame.videoWidth === 0) return;
    const canvas = Object.assign(document.createElement('canvas'), { width: frame.videoWidth, height: frame.videoHeight });
    canvas.getContext('2d')?.drawImage(frame, 0, 0);
    canvas.toBlob((blob) => (blob ? onCapture(blob) : setProblem('visits.photo.noCamera')), 'image/jpeg', 0.92);
  };
  return (
    <Stack gap="xs">
      {problem ? <Alert color="red" role="alert">{t(problem)}</Alert> : <video ref={video} muted playsInline className="wasl-camera" aria-label={t('visits.photo.camera')} />}
      <Group>
        {!problem && <Button onClick={capture}>{t('visits.photo.capture')}</Button>}
        <Button variant="subtle" onClick={onClose}>{t('visits.photo.closeCamera')}</Button>
      </Group>
    </Stack>
  );
}
