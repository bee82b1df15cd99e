/**
 * Policy 6b: the desk's data is encrypted at rest, so Chromium must keep no plaintext copy of its
 * own beside it. The HTTP disk cache would hold the sync server's answers (national IDs, mobiles,
 * addresses) and is switched off; a cache an older version left behind is cleared at start. The
 * spellchecker (a custom dictionary of words typed) is off. Electron has no session restore and no
 * autofill store, and the renderer's fields do not autocomplete (renderer/src/app/providers.tsx).
 */
import type { App, Session } from 'electron';

/** Chromium switches: read once at startup, so they are appended before `ready`. */
export const NO_PERSISTENCE_SWITCHES: readonly string[] = ['disable-http-cache'];

export function switchOffPersistence(app: Pick<App, 'commandLine'>): void {
  for (const name of NO_PERSISTENCE_SWITCHES) app.commandLine.appendSwitch(name);
}

/** After `ready`: what an earlier run may have left on disk goes, and nothing new is kept. */
export async function clearPersistedState(session: Pick<Session, 'clearCache' | 'setSpellCheckerEnabled'>): Promise<void> {
  session.setSpellCheckerEnabled(false);
  await session.clearCache();
}
