export type PasswordProblem = 'password.too-short' | 'password.all-digits';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Any Unicode decimal digit (ASCII, Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹, …): a PIN typed
 * on an Arabic keyboard is as weak as the same PIN in ASCII, so it is refused the same way.
 */
const ALL_DIGITS = /^\p{Nd}+$/u;

/**
 * Checks a new password against the desk policy. Length counts code points, not UTF-16 units,
 * so an Arabic or emoji password is measured the way a person counts it.
 * Returns every problem found (empty = acceptable).
 */
export function checkPassword(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push('password.too-short');
  if (ALL_DIGITS.test(password)) problems.push('password.all-digits');
  return problems;
}
