/** Steps the declaration specs share: drawing on the pad, the raw stored declaration. */
import { expect, type Page } from '@playwright/test';
import { tr } from './ar-strings';
import { rewriteStoredDocs } from './stored-docs';

/** Draws a signature-like stroke (two loops) on the pad with the mouse. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('signature pad not visible');
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(0.2, 0.6));
  await page.mouse.down();
  for (const [x, y] of [[0.3, 0.3], [0.4, 0.7], [0.5, 0.35], [0.6, 0.7], [0.7, 0.4], [0.8, 0.55]] as const) await page.mouse.move(...at(x, y), { steps: 8 });
  await page.mouse.up();
}

/**
 * On a request awaiting signature with no declaration yet: the step offers to prepare one (opening
 * the request wrote nothing); preparing it shows the draft.
 */
export async function prepareDeclaration(page: Page): Promise<void> {
  const step = page.getByTestId('declaration-step');
  await step.getByRole('button', { name: tr('declaration.prepare') }).click({ timeout: 20_000 });
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.draft'), { timeout: 20_000 });
}

/** On a fresh request awaiting signature: prepares the declaration, draws and signs; waits until it shows as signed. */
export async function signOnPad(page: Page): Promise<void> {
  await prepareDeclaration(page);
  await expect(page.getByTestId('declaration-state')).toHaveText(tr('declaration.state.draft'), { timeout: 20_000 });
  await drawSignature(page);
  await page.getByRole('button', { name: tr('declaration.sign') }).click();
  await expect(page.getByTestId('declaration-state')).toHaveText(tr('declaration.state.signed'), { timeout: 20_000 });
}

/** How many declaration documents the desk has stored (RxDB's Dexie store 'docs' of the collection). */
export async function countStoredDeclarations(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const wait = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    let count = 0;
    for (const info of await indexedDB.databases()) {
      if (!info.name?.endsWith('--declarations')) continue;
      const db = await wait(indexedDB.open(info.name));
      if (db.objectStoreNames.contains('docs')) count += await wait(db.transaction('docs').objectStore('docs').count());
      db.close();
    }
    return count;
  });
}

/** Rewrites stored declarations behind the app's back (see rewriteStoredDocs). */
export async function tamperStoredDeclarations(page: Page, change: { field: 'version'; value: number }): Promise<number> {
  return rewriteStoredDocs(page, 'declarations', { [change.field]: change.value });
}
