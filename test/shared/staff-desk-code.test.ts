import { describe, expect, it } from 'vitest';
import { validateDeskCode } from '../../shared/staff/desk-code';

describe('validateDeskCode', () => {
  it.each([
    ['', 'desk-code.empty'],
    ['   ', 'desk-code.empty'],
    ['\t\n', 'desk-code.empty'],
  ])('refuses an empty code %j', (input, error) => {
    expect(validateDeskCode(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['ab', 'AB'],
    ['  kd1  ', 'KD1'],
    ['Abc123', 'ABC123'],
    ['42', '42'],
  ])('trims and upper-cases %j', (input, value) => {
    expect(validateDeskCode(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['A'], // 1 char
    ['ABCDEFG'], // 7 chars
    ['AB-1'],
    ['A B'],
    ['AB_'],
    ['كد'], // Arabic letters
    ['AB١٢'], // Arabic-Indic digits are not ASCII digits
    ['ÄB'],
    ['ß1'], // toUpperCase would make 'SS1'
    ['ＡＢ'], // full-width Latin
  ])('refuses %j as malformed', (input) => {
    expect(validateDeskCode(input)).toEqual({ ok: false, error: 'desk-code.format' });
  });
});
