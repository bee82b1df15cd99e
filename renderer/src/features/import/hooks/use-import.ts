/**
 * The import's steps on one screen: pick a file → map its columns → dry run → import. Each step's
 * work is an action (busy, error as a translation key); moving back to an earlier step drops what
 * the later ones found, so a summary never describes another file or mapping.
 */
import { useMemo, useState } from 'react';
import { applySavedMapping, toSavedMapping, type ColumnMapping } from '@shared/import/column-mapping';
import type { RowVerdict } from '@shared/import/import-plan';
import { useAction } from '@renderer/components/use-action';
import type { ImportDeps } from '../data/deps';
import { dryRun, verdictsOf, type DryRun, type ListWording } from '../data/dry-run';
import { readSheet, type Sheet } from '../data/read-sheet';
import { runImport, type AddVerdict } from '../data/run-import';
import { readSavedMapping, writeSavedMapping } from '../data/saved-mapping';

export interface PickedFile {
  name: string;
  sheet: Sheet;
}

export function useImport(deps: ImportDeps, wording: ListWording) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [mapping, setMappingState] = useState<ColumnMapping>({ columns: {}, defaults: {} });
  const [consentPurpose, setConsentPurpose] = useState(wording.consentPurpose);
  const [run, setRun] = useState<DryRun | null>(null);
  const [includePossible, setIncludePossible] = useState(false);
  const [progress, setProgress] = useState({ done: 0, total: 0 });

  const pick = useAction(async (picked: File) => {
    setFile(null);
    setRun(null);
    const sheet = await readSheet(new Uint8Array(await picked.arrayBuffer()));
    if (!sheet.ok) return sheet;
    const saved = await readSavedMapping(deps.db);
    const restored = applySavedMapping(sheet.value.headers, saved);
    setMappingState({ columns: restored.columns, defaults: { familyCount: '1', ...restored.defaults } });
    setFile({ name: picked.name, sheet: sheet.value });
    return sheet;
  });

  const check = useAction(async (save: boolean) => {
    if (!file) return null;
    if (save) await writeSavedMapping(deps.db, toSavedMapping(file.sheet.headers, mapping));
    const done = await dryRun(deps, file.sheet, mapping, { ...wording, consentPurpose });
    setRun(done);
    return done;
  });

  const decided = useMemo(() => (run ? verdictsOf(run, includePossible) : null), [run, includePossible]);

  const write = useAction(async () => {
    if (!file || !decided) return null;
    const adds = decided.verdicts.filter((verdict): verdict is AddVerdict => verdict.kind === 'add');
    setProgress({ done: 0, total: adds.length });
    return runImport(deps, adds, file.name, { onProgress: (done, total) => setProgress({ done, total }) });
  });

  const setMapping = (next: ColumnMapping) => {
    setMappingState(next);
    setRun(null);
  };

  /** Reads the picked file; a file that is not a list shows why (import.error.*) and keeps nothing. */
  const pickFile = async (picked: File) => {
    const read = await pick.run(picked);
    if (read.ok && !read.value.ok) pick.fail(read.value.error);
  };

  return {
    file, pick, pickFile, mapping, setMapping, consentPurpose,
    setConsentPurpose: (text: string) => {
      setConsentPurpose(text);
      setRun(null);
    },
    check, run, verdicts: decided?.verdicts ?? ([] as RowVerdict[]), summary: decided?.summary ?? null,
    includePossible, setIncludePossible, write, progress,
  };
}

export type ImportState = ReturnType<typeof useImport>;
