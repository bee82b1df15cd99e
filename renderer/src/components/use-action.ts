import { useEffect, useState, type DependencyList } from 'react';
import type { Result } from '@shared/result';
import { createActionRunner, IDLE, type ActionState } from './action-runner';

export type Action<A extends unknown[], T> = ActionState<T> & {
  /** Runs the action; resolves to its value, or to the translation key of what it threw. */
  run: (...args: A) => Promise<Result<T, string>>;
  /** Shows a refusal the action returned as a Result (a translation key). */
  fail: (key: string) => void;
  reset: () => void;
};

/**
 * The one way a screen acts: busy while the action runs, its error as a translation key
 * (shared/errors.ts maps what was thrown; t(error) shows it), its value once done, and no
 * state update after the component is gone.
 */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<T>): Action<A, T> {
  const [state, setState] = useState<ActionState<T>>(IDLE);
  const [runner] = useState(() => createActionRunner<T>(setState));
  useEffect(() => {
    runner.attach();
    return () => runner.dispose();
  }, [runner]);
  return { ...state, run: (...args: A) => runner.run(() => action(...args)), fail: runner.fail, reset: runner.reset };
}

/**
 * A value read when the component appears and again when `deps` change, in place of an effect
 * with a hand-kept "still mounted" flag: a late answer for older deps, or for a component that is
 * gone, is dropped. Busy until the first answer.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): ActionState<T> {
  const action = useAction(load);
  const { run } = action;
  useEffect(() => {
    void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists load's inputs
  }, deps);
  return { busy: action.busy || (action.result === undefined && action.error === null), error: action.error, result: action.result };
}
