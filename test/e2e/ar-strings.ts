/** The UI's own Arabic strings, read from ar.json so the tests never drift from the app. */
import { readFileSync } from 'node:fs';

type Tree = { [key: string]: string | Tree };

const resources: Record<'ar' | 'en', Tree> = {
  ar: JSON.parse(readFileSync(new URL('../../renderer/src/i18n/ar.json', import.meta.url), 'utf8')) as Tree,
  en: JSON.parse(readFileSync(new URL('../../renderer/src/i18n/en.json', import.meta.url), 'utf8')) as Tree,
};

/** A translated string with {{vars}} filled, like i18next does. */
export function tr(key: string, vars: Record<string, string | number> = {}, locale: 'ar' | 'en' = 'ar'): string {
  let node: string | Tree | undefined = resources[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No ${locale} string for ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** The part of a string before its first {{var}}: for matching messages with live numbers. */
export function prefixOf(key: string, locale: 'ar' | 'en' = 'ar'): string {
  return tr(key, {}, locale).split('{{')[0] ?? '';
}
