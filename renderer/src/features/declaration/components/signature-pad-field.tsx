import { useEffect, useRef, useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import SignaturePad, { type PointGroup } from 'signature_pad';
import '@renderer/styles/declaration.css';

/** What the signing step reads from the pad: the PNG, or null when nothing was drawn. */
export type PadHandle = { png(): string | null };

/** onDraw: a stroke was drawn, so an error about an empty pad no longer holds. */
type Props = { onReady: (handle: PadHandle) => void; disabled?: boolean; onDraw?: () => void };

/**
 * The signature pad (signature_pad: pointer events, so mouse, touch and pen alike) with clear,
 * undo and redo. Undo/redo work on the strokes (toData/fromData); the canvas is scaled to the
 * device pixel ratio so a pen signature stays sharp in the PDF.
 */
export function SignaturePadField({ onReady, disabled = false, onDraw }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const undone = useRef<PointGroup[]>([]);
  const [strokes, setStrokes] = useState(0);
  const [redoable, setRedoable] = useState(0);
  const drawn = useRef(onDraw);
  useEffect(() => {
    drawn.current = onDraw;
  }, [onDraw]);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext('2d')?.scale(ratio, ratio);
    // The PNG keeps a transparent background: the PDF draws it over the white signature box.
    const created = new SignaturePad(element, { penColor: '#0b2a5b', minWidth: 0.8, maxWidth: 2.6 });
    const changed = () => {
      undone.current = [];
      setRedoable(0);
      setStrokes(created.toData().length);
      drawn.current?.();
    };
    created.addEventListener('endStroke', changed);
    pad.current = created;
    onReady({ png: () => (created.isEmpty() ? null : created.toDataURL('image/png')) });
    return () => {
      created.removeEventListener('endStroke', changed);
      created.off();
      pad.current = null;
    };
  }, [onReady]);

  useEffect(() => {
    if (!pad.current) return;
    if (disabled) pad.current.off();
    else pad.current.on();
  }, [disabled]);

  const apply = (data: PointGroup[]) => {
    pad.current?.fromData(data);
    setStrokes(data.length);
  };
  const clear = () => {
    pad.current?.clear();
    undone.current = [];
    setRedoable(0);
    setStrokes(0);
  };
  const undo = () => {
    const data = pad.current?.toData() ?? [];
    const last = data.pop();
    if (!last) return;
    undone.current.push(last);
    setRedoable(undone.current.length);
    apply(data);
  };
  const redo = () => {
    const next = undone.current.pop();
    if (!next) return;
    setRedoable(undone.current.length);
    apply([...(pad.current?.toData() ?? []), next]);
  };

  return (
    <Stack gap="xs">
      <Text size="sm" id="signature-pad-label">
        {t('declaration.pad.label')}
      </Text>
      <canvas ref={canvas} className="wasl-signature-pad" role="img" aria-labelledby="signature-pad-label" data-testid="signature-pad" />
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={clear} disabled={disabled || strokes === 0}>
          {t('declaration.pad.clear')}
        </Button>
        <Button variant="default" size="xs" onClick={undo} disabled={disabled || strokes === 0}>
          {t('declaration.pad.undo')}
        </Button>
        <Button variant="default" size="xs" onClick={redo} disabled={disabled || redoable === 0}>
          {t('declaration.pad.redo')}
        </Button>
      </Group>
    </Stack>
  );
}
