/**
 * A save that fails in storage reads as a translated sentence, never as the exception's text:
 * the beneficiary form's save (saveBeneficiary, as use-beneficiary-form runs it through useAction)
 * on a real RxDB database whose storage (Dexie on IndexedDB) was closed under it, and the message the form
 * shows for it (errors.save-failed with the translated reason), in Arabic and in English.
 */
import { afterEach, expect, it } from 'vitest';
import { saveBeneficiary } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { createActionRunner, type ActionState } from '@renderer/components/action-runner';
import { i18next } from '@renderer/i18n/i18n';
import { formInput, openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close().catch(() => undefined)));
});

it('a save on closed storage shows the translated reason and none of the exception text', async () => {
  const desk = await openDesk();
  desks.push(desk);
  await desk.db.beneficiaries.storageInstance.close();
  const caught: { error?: Error } = {};
  const states: ActionState<unknown>[] = [];
  const runner = createActionRunner<unknown>((state) => states.push(state));
  const done = await runner.run(() =>
    saveBeneficiary(desk.deps, formInput(), { acknowledged: [] }).catch((error: unknown) => {
      if (error instanceof Error) caught.error = error;
      throw error;
    }),
  );
  if (!caught.error) throw new Error('the save should have thrown');
  const { name, message } = caught.error;
  expect(done).toEqual({ ok: false, error: 'errors.failure.storage-closed' });
  const key = states.at(-1)?.error ?? '';
  for (const lng of ['ar', 'en']) {
    const t = i18next.getFixedT(lng);
    const shown = t('errors.save-failed', { message: t(key) });
    expect(shown).toContain(t('errors.failure.storage-closed'));
    expect(shown).not.toContain('errors.');
    expect(shown).not.toContain(name);
    expect(shown).not.toContain(message.slice(0, 30));
    expect(shown).not.toMatch(/COL21|rxdb/i);
  }
});
