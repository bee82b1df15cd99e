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

/** On a request awaiting signature: draws and signs; waits until the declaration shows as signed. */
export async function signOnPad(page: Page): Promise<void> {
  await expect(page.getByTestId('declaration-state')).toHaveText(tr('declaration.state.draft'), { timeout: 20_000 });
  await drawSignature(page);
  await page.getByRole('button', { name: tr('declaration.sign') }).click();
  await expect(page.getByTestId('declaration-state')).toHaveText(tr('declaration.state.signed'), { timeout: 20_000 });
}

/** Rewrites stored declarations behind the app's back (see rewriteStoredDocs). */
export async function tamperStoredDeclarations(page: Page, change: { field: 'version'; value: number }): Promise<number> {
  return rewriteStoredDocs(page, 'declarations', { [change.field]: change.value });
}
