import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Group, Image, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitDoc, VisitPhoto } from '@shared/db/schemas/visit.schema';
import { addVisitPhoto, photoBlob, type VisitsDeps } from '../data';
import { useVisitAction } from '../hooks/use-visit-action';
import { CameraCapture, cameraAvailable } from './camera-capture';

function Thumbnail({ deps, photo }: { deps: VisitsDeps; photo: VisitPhoto }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let gone = false;
    void photoBlob(deps, photo.file).then((blob) => {
      if (gone || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    }, () => undefined);
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [deps, photo.file]);
  return (
    <Stack gap={2} data-testid="visit-photo" data-size={photo.file.size}>
      {url ? <Image src={url} alt={photo.caption || t('visits.photo.untitled')} h={120} fit="contain" /> : <Text size="sm" c="dimmed">{t('visits.photo.notHere')}</Text>}
      <Text size="xs">{photo.caption} · {Math.round(photo.file.size / 1024)} KB{photo.locationKept ? ` · ${t('visits.photo.locationKept')}` : ''}</Text>
      <Text size="xs" c={photo.publicationConsent === 'given' ? 'green.8' : 'dimmed'} data-testid="photo-consent">{t(`consent.photo.${photo.publicationConsent}`)}</Text>
    </Stack>
  );
}

/** Photos from the camera or picked from disk, made ≤ 300 KB on the desk, location stripped unless kept on purpose. */
export function PhotosCard({ deps, visit, editable }: { deps: VisitsDeps; visit: VisitDoc; editable: boolean }) {
  const { t } = useTranslation();
  const [caption, setCaption] = useState('');
  const [keepLocation, setKeepLocation] = useState(false);
  const [camera, setCamera] = useState(false);
  const add = useVisitAction();
  // The caption is taken and cleared when the photo is picked, not when its save ends: the photo shows in the
  // list before the save returns, and the next caption typed in between must not be wiped. A failed save gives
  // the caption back unless something new was typed.
  const store = async (file: Blob, name: string, source: VisitPhoto['source']) => {
    const used = caption;
    setCaption('');
    if (!(await add.run(() => addVisitPhoto(deps, visit.id, { file, name, source, keepLocation, caption: used })))) setCaption((now) => now || used);
  };
  return (
    <Card withBorder data-testid="visit-photos">
      <Title order={2} size="h4" mb="sm">{t('visits.photo.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="sm">{visit.photos.map((photo) => <Thumbnail key={photo.file.sha256} deps={deps} photo={photo} />)}</SimpleGrid>
      {editable && (
        <Stack gap="xs">
          <TextInput label={t('visits.photo.caption')} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} />
          <Checkbox label={t('visits.photo.keepLocation')} checked={keepLocation} onChange={(e) => setKeepLocation(e.currentTarget.checked)} />
          <Group>
            <label className="wasl-file-pick">
              {t('visits.photo.pick')}
              <input type="file" accept="image/jpeg,image/png,image/webp" disabled={add.busy} onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void store(file, file.name, 'disk');
              }} />
            </label>
            {cameraAvailable() && !camera && <Button variant="light" onClick={() => setCamera(true)}>{t('visits.photo.camera')}</Button>}
          </Group>
          {camera && <CameraCapture onClose={() => setCamera(false)} onCapture={(blob) => { setCamera(false); void store(blob, 'camera', 'camera'); }} />}
          {add.busy && <Text size="sm">{t('visits.photo.working')}</Text>}
          {add.problem && <Alert color="red" role="alert">{t(add.problem)}</Alert>}
        </Stack>
      )}
    </Card>
  );
}
