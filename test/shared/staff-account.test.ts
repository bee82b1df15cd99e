import { describe, expect, it } from 'vitest';
import { isRole, ROLES, type Role } from '../../shared/staff/roles';
import { normalizeUsername, validateStaffInput } from '../../shared/staff/staff-account';

const valid = { displayName: 'سارة الأحمد', username: 'sara.ahmad', roles: ['receptionist'] as Role[], password: 'reception-2025' };

describe('validateStaffInput', () => {
  it('accepts a valid account', () => {
    expect(validateStaffInput(valid)).toEqual([]);
  });

  it('requires a name (spaces do not count) and caps it at 80 characters', () => {
    expect(validateStaffInput({ ...valid, displayName: '   ' })).toEqual(['staff.name-required']);
    expect(validateStaffInput({ ...valid, displayName: 'ع'.repeat(80) })).toEqual([]);
    expect(validateStaffInput({ ...valid, displayName: 'ع'.repeat(81) })).toEqual(['staff.name-too-long']);
  });

  it.each(['Sara.Ahmad', '  sara_1  ', 'abc', 'a'.repeat(32)])('accepts username %j', (username) => {
    expect(validateStaffInput({ ...valid, username })).toEqual([]);
  });

  it.each(['', 'ab', '1sara', 'sara ahmad', 'سارة', 'a'.repeat(33), 'sara@desk', '.sara'])('refuses username %j', (username) => {
    expect(validateStaffInput({ ...valid, username })).toEqual(['staff.username-format']);
  });

  it('normalises usernames by trimming and lower-casing', () => {
    expect(normalizeUsername('  Sara.Ahmad ')).toBe('sara.ahmad');
  });

  it('requires at least one known role', () => {
    expect(validateStaffInput({ ...valid, roles: [] })).toEqual(['staff.roles-required']);
    expect(validateStaffInput({ ...valid, roles: ['admin', 'janitor' as Role] })).toEqual(['staff.role-unknown']);
    expect(validateStaffInput({ ...valid, roles: [...ROLES] })).toEqual([]);
  });

  it('includes the password problems', () => {
    expect(validateStaffInput({ ...valid, password: '12345' })).toEqual(['password.too-short', 'password.all-digits']);
  });

  it('reports every problem at once', () => {
    expect(validateStaffInput({ displayName: '', username: 'x', roles: [], password: 'short' })).toEqual([
      'staff.name-required', 'staff.username-format', 'staff.roles-required', 'password.too-short',
    ]);
  });

  it('knows the seven roles', () => {
    expect(ROLES).toHaveLength(7);
    expect(isRole('follow-up-officer')).toBe(true);
    expect(isRole('Admin')).toBe(false);
    expect(isRole(3)).toBe(false);
  });
});
