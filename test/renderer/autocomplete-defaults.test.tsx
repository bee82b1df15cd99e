import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MantineProvider, NativeSelect, NumberInput, PasswordInput, Select, Textarea, TextInput } from '@mantine/core';
import { theme } from '../../renderer/src/app/providers';

/**
 * Policy 6b: Chromium keeps a field's typed value for session restore and autofill unless the field
 * says autocomplete="off". The app's theme makes that every field's default; a field may still ask
 * for more (the sign-in's username), never by forgetting to say so.
 */
const autocompleteOf = (field: ReactElement): string | null => {
  const html = renderToStaticMarkup(createElement(MantineProvider, { theme }, field));
  const match = /<(?:input|textarea|select)\b[^>]*?\sautocomplete="([^"]*)"/i.exec(html);
  return match?.[1] ?? null;
};

describe('fields do not autocomplete by default', () => {
  it.each([
    ['TextInput', createElement(TextInput, { label: 'address' })],
    ['Textarea', createElement(Textarea, { label: 'notes' })],
    ['NumberInput', createElement(NumberInput, { label: 'count' })],
    ['Select', createElement(Select, { label: 'city', data: ['a', 'b'] })],
    ['NativeSelect', createElement(NativeSelect, { label: 'gender', data: ['a', 'b'] })],
  ])('%s: off', (_name, field) => expect(autocompleteOf(field)).toBe('off'));

  it('a password field: new-password, so no saved password is offered to the next person', () => {
    expect(autocompleteOf(createElement(PasswordInput, { label: 'password' }))).toBe('new-password');
  });

  it('a field that asks for autocomplete keeps it', () => {
    expect(autocompleteOf(createElement(TextInput, { label: 'username', autoComplete: 'username' }))).toBe('username');
  });
});
