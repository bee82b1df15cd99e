/**
 * The state machine behind useAction (renderer/src/components): busy while the action runs, the
 * translation key of what it threw (never the text), its value on success, only the latest run
 * shown, and nothing published once the screen is gone.
 */
import { describe, expect, it } from 'vitest';
import { createActionRunner, type ActionState } from '@renderer/components/action-runner';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, no) => {
    resolve = ok;
    reject = no;
  });
  return { promise, resolve, reject };
}

function runner<T>() {
  const seen: ActionState<T>[] = [];
  return { seen, last: () => seen.at(-1), actions: createActionRunner<T>((state) => seen.push(state)) };
}

describe('the action runner', () => {
  it('is busy while the action runs, then holds its value', async () => {
    const { actions, last } = runner<number>();
    const step = deferred<number>();
    const done = actions.run(() => step.promise);
    expect(last()).toEqual({ busy: true, error: null, result: undefined });
    step.resolve(42);
    expect(await done).toEqual({ ok: true, value: 42 });
    expect(last()).toEqual({ busy: false, error: null, result: 42 });
  });

  it('turns what the action throws into a translation key, without its text', async () => {
    const { actions, last } = runner<void>();
    const done = await actions.run(() => Promise.reject(new DOMException('disk full at /var/lib/x', 'QuotaExceededError')));
    expect(done).toEqual({ ok: false, error: 'errors.failure.storage-full' });
    expect(last()).toEqual({ busy: false, error: 'errors.failure.storage-full', result: undefined });
    expect(JSON.stringify(last())).not.toContain('disk full');
    // A new run clears the error while it runs.
    const again = actions.run(() => Promise.resolve());
    expect(last()?.error).toBeNull();
    await again;
  });

  it('shows only the latest run when an older one finishes late', async () => {
    const { actions, last } = runner<string>();
    const slow = deferred<string>();
    const first = actions.run(() => slow.promise);
    await actions.run(() => Promise.resolve('second'));
    slow.resolve('first');
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(last()).toEqual({ busy: false, error: null, result: 'second' });
  });

  it('publishes nothing once disposed (the screen is gone), even when the action ends after', async () => {
    const { actions, seen } = runner<number>();
    const step = deferred<number>();
    const done = actions.run(() => step.promise);
    const before = seen.length;
    actions.dispose();
    step.reject(new Error('late'));
    expect(await done).toEqual({ ok: false, error: 'errors.failure.unknown' });
    expect(seen).toHaveLength(before);
  });

  it('shows a refusal the action returned as a key, and resets to idle', async () => {
    const { actions, last } = runner<number>();
    await actions.run(() => Promise.resolve(1));
    actions.fail('errors.merge.not-found');
    expect(last()).toEqual({ busy: false, error: 'errors.merge.not-found', result: 1 });
    actions.reset();
    expect(last()).toEqual({ busy: false, error: null, result: undefined });
  });
});
