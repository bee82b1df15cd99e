import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { Refusal } from '../components/refusal-alert';
import type { RequestActions } from '../data/request-actions';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Quiet time after the last keystroke before the draft is written. Short: a closed window loses at most this. */
const AUTOSAVE_MS = 400;

type Pending = { lines: Set<string>; notes: boolean };

/**
 * The typed values of a draft (field requirements and notes), written as the receptionist types: after a
 * short pause, on leaving the screen, and when the window is hidden or closed. The draft document is the
 * only copy, so reopening the request finds what was typed.
 */
export function useDraftAutosave(request: RequestDoc, actions: RequestActions) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(request.checklist).map(([id, entry]) => [id, entry.value ?? ''])),
  );
  const [notes, setNotesState] = useState(request.notes);
  const [state, setState] = useState<SaveState>('idle');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // Refs hold what the timer and the unload handlers write: they run outside React's render cycle.
  const typed = useRef({ values, notes });
  const pending = useRef<Pending>({ lines: new Set(), notes: false });
  const timer = useRef<number | undefined>(undefined);
  const actionsRef = useRef(actions);
  useEffect(() => {
    actionsRef.current = actions;
  }, [actions]);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const { lines, notes: notesDirty } = pending.current;
    if (lines.size === 0 && !notesDirty) return;
    pending.current = { lines: new Set(), notes: false };
    setState('saving');
    let problem: Refusal | null = null;
    for (const id of lines) {
      const value = typed.current.values[id] ?? '';
      problem ??= await actionsRef.current.saveLine(id, { value, provided: value.trim() !== '' });
    }
    if (notesDirty) problem ??= await actionsRef.current.saveNotes(typed.current.notes);
    setRefusal(problem);
    setState(problem ? 'failed' : 'saved');
  }, []);

  const schedule = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
  };
  const setValue = (id: string, value: string) => {
    typed.current = { ...typed.current, values: { ...typed.current.values, [id]: value } };
    setValues(typed.current.values);
    pending.current.lines.add(id);
    schedule();
  };
  const setNotes = (value: string) => {
    typed.current = { ...typed.current, notes: value };
    setNotesState(value);
    pending.current.notes = true;
    schedule();
  };

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { values, setValue, notes, setNotes, state, refusal, flush };
}
