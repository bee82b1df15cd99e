import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { DEFAULT_PRINT_SETTINGS, MAX_LOGO_BYTES, readPrintSettings, watchPrintSettings, writePrintSettings } from '../../renderer/src/db/print-settings';
import { fakeDexieStorage, uniqueName } from './db-fixtures';
import { TINY_PNG } from './declaration-fixtures';

/** The declaration's print settings on the real desk database (RxDB on Dexie, fake-indexeddb). */
let db: WaslDatabase | null = null;
async function open(): Promise<WaslDatabase> {
  db = await createWaslDatabase({ name: uniqueName('wasl-print-'), storage: fakeDexieStorage() });
  return db;
}
afterEach(async () => {
  await db?.remove();
  db = null;
});

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('print settings', () => {
  it('default to the Arabic-only declaration without a logo', async () => {
    expect(await readPrintSettings(await open())).toEqual(DEFAULT_PRINT_SETTINGS);
  });

  it('keep the bilingual choice and the logo, relabelled by its bytes, and tell watchers', async () => {
    const desk = await open();
    const changed = firstValueFrom(watchPrintSettings(desk).pipe(filter((s) => s.bilingualDeclaration)));
    // A PNG whose claimed type is wrong: the stored URL says what the bytes are.
    const claimedJpeg = TINY_PNG.replace('image/png', 'image/jpeg');
    expect(await writePrintSettings(desk, { bilingualDeclaration: true, logo: claimedJpeg })).toEqual({ ok: true, value: { bilingualDeclaration: true, logo: TINY_PNG } });
    expect(await changed).toEqual({ bilingualDeclaration: true, logo: TINY_PNG });
    expect(await readPrintSettings(desk)).toEqual({ bilingualDeclaration: true, logo: TINY_PNG });
    expect(await writePrintSettings(desk, { bilingualDeclaration: true, logo: null })).toMatchObject({ ok: true });
    expect((await readPrintSettings(desk)).logo).toBeNull();
  });

  it('refuse a logo that is not an image, or too large, and write nothing', async () => {
    const desk = await open();
    await writePrintSettings(desk, { bilingualDeclaration: true, logo: TINY_PNG });
    const notImage = `data:image/png;base64,${base64(new TextEncoder().encode('<svg onload="alert(1)"/>'))}`;
    expect(await writePrintSettings(desk, { bilingualDeclaration: false, logo: notImage })).toEqual({ ok: false, error: 'image.not-an-image' });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(Buffer.from(TINY_PNG.split(',')[1] as string, 'base64'));
    expect(await writePrintSettings(desk, { bilingualDeclaration: false, logo: `data:image/png;base64,${base64(big)}` })).toEqual({ ok: false, error: 'settings.logo-too-large' });
    expect(await readPrintSettings(desk)).toEqual({ bilingualDeclaration: true, logo: TINY_PNG });
  });

  it('never replicate: a local document, not a collection', async () => {
    const desk = await open();
    await writePrintSettings(desk, { bilingualDeclaration: true, logo: null });
    expect(Object.keys(desk.collections)).not.toContain('print');
    expect((await desk.getLocal('print'))?.toJSON().data).toEqual({ bilingualDeclaration: true, logo: null });
  });
});
