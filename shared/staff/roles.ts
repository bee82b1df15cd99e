/** Staff roles (ARCHITECTURE.md, "Roles"). A staff member may hold several. */
export const ROLES = [
  'admin',
  'receptionist',
  'field-worker',
  'follow-up-officer',
  'liaison-officer',
  'committee-member',
  'manager',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
