/**
 * The document types are read off the collection schemas (shared/db/schema-types.ts, FromSchema):
 * these checks fail to compile (tsc, `npm run lint`) when a type and its schema disagree, and at
 * run time when a validator's limit is not the schema's.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { surveySchema } from '@shared/db/schemas/survey.schema';
import { COLLECTIONS } from '@shared/db/collections';
import type { FromSchema } from '@shared/db/schema-types';
import { auditSchema, type AuditDoc } from '@shared/db/schemas/audit.schema';
import { BENEFICIARY_LIMITS, beneficiarySchema, type BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { CATALOG_LIMITS, catalogSchema, type CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { conflictSchema, type ConflictDoc } from '@shared/db/schemas/conflict.schema';
import { declarationSchema, type DeclarationDoc, type SignatureImage } from '@shared/db/schemas/declaration.schema';
import { interactionSchema, type InteractionDoc } from '@shared/db/schemas/interaction.schema';
import { requestSchema, type ChecklistEntry, type RequestDoc } from '@shared/db/schemas/request.schema';
import { STAFF_LIMITS, staffSchema, type StaffDoc } from '@shared/db/schemas/staff.schema';
import type { FileRef } from '@shared/files/file-ref';
import type { Decision, HistoryEntry, RequestStatus } from '@shared/intake/request-status';
import type { RequestType } from '@shared/intake/request-type';
import { CATALOG_KEY_PATTERN } from '@shared/catalog/units';
import { ADDRESS_MAX_LENGTH, MAX_MOBILES, NOTES_MAX_LENGTH } from '@shared/registry/beneficiary-input';
import { MAX_FAMILY_COUNT } from '@shared/registry/beneficiary-fields';
import { NAME_PART_MAX_LENGTH } from '@shared/registry/name-parts';
import { NATIONAL_ID_LENGTH, type NationalIdKind } from '@shared/registry/national-id';
import type { PasswordHash } from '@shared/staff/password-hash';
import type { Role } from '@shared/staff/roles';
import { MAX_DISPLAY_NAME_LENGTH, validateStaffInput } from '@shared/staff/staff-account';

/** The keys a value of T must have (the others are optional). */
type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

describe('FromSchema', () => {
  it('reads required and optional properties, enums, nulls, arrays and maps off a schema', () => {
    // Only its type is read: a schema literal exactly as a collection writes one.
    const _sample = {
      type: 'object',
      properties: {
        a: { type: 'string', maxLength: 10 },
        b: { type: 'integer' },
        e: { type: 'string', enum: ['x', 'y'] },
        n: { type: ['string', 'null'] },
        o: { type: ['object', 'null'], properties: { k: { type: 'boolean' } }, required: ['k'] },
        list: { type: 'array', items: { type: 'number' } },
        map: { type: 'object', additionalProperties: { type: 'object', properties: { v: { type: 'string' } }, required: [] } },
        free: { type: 'object' },
      },
      required: ['a', 'e', 'n', 'o', 'list', 'map'],
    } as const;
    expectTypeOf<FromSchema<typeof _sample>>().toEqualTypeOf<{
      a: string;
      b?: number;
      e: 'x' | 'y';
      n: string | null;
      o: { k: boolean } | null;
      list: number[];
      map: Record<string, { v?: string }>;
      free?: Record<string, unknown>;
    }>();
  });
});

describe('each collection type is its schema', () => {
  it('has exactly the schema properties, required exactly where the schema says', () => {
    expectTypeOf<keyof BeneficiaryDoc>().toEqualTypeOf<keyof typeof beneficiarySchema.properties>();
    expectTypeOf<RequiredKeysOf<BeneficiaryDoc>>().toEqualTypeOf<(typeof beneficiarySchema.required)[number]>();
    expectTypeOf<keyof RequestDoc>().toEqualTypeOf<keyof typeof requestSchema.properties>();
    expectTypeOf<RequiredKeysOf<RequestDoc>>().toEqualTypeOf<(typeof requestSchema.required)[number]>();
    expectTypeOf<keyof DeclarationDoc>().toEqualTypeOf<keyof typeof declarationSchema.properties>();
    expectTypeOf<RequiredKeysOf<DeclarationDoc>>().toEqualTypeOf<(typeof declarationSchema.required)[number]>();
    expectTypeOf<keyof StaffDoc>().toEqualTypeOf<keyof typeof staffSchema.properties>();
    expectTypeOf<RequiredKeysOf<StaffDoc>>().toEqualTypeOf<(typeof staffSchema.required)[number]>();
    expectTypeOf<keyof CatalogDoc>().toEqualTypeOf<keyof typeof catalogSchema.properties>();
    expectTypeOf<RequiredKeysOf<CatalogDoc>>().toEqualTypeOf<(typeof catalogSchema.required)[number]>();
    expectTypeOf<keyof ConflictDoc>().toEqualTypeOf<keyof typeof conflictSchema.properties>();
    expectTypeOf<RequiredKeysOf<ConflictDoc>>().toEqualTypeOf<(typeof conflictSchema.required)[number]>();
    expectTypeOf<keyof InteractionDoc>().toEqualTypeOf<keyof typeof interactionSchema.properties>();
    expectTypeOf<RequiredKeysOf<InteractionDoc>>().toEqualTypeOf<(typeof interactionSchema.required)[number]>();
    expectTypeOf<keyof AuditDoc>().toEqualTypeOf<keyof typeof auditSchema.properties>();
    expectTypeOf<RequiredKeysOf<AuditDoc>>().toEqualTypeOf<(typeof auditSchema.required)[number]>();
  });

  it('types optional fields optional and enums as their unions', () => {
    expectTypeOf<BeneficiaryDoc['mergedInto']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<BeneficiaryDoc['latinName']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<BeneficiaryDoc['idKind']>().toEqualTypeOf<NationalIdKind>();
    expectTypeOf<BeneficiaryDoc['gender']>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<BeneficiaryDoc['familyMembers'][number]['birthDate']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RequestDoc['status']>().toEqualTypeOf<RequestStatus>();
    expectTypeOf<RequestDoc['decision']>().toEqualTypeOf<Decision | null>();
    expectTypeOf<RequestDoc['dueDate']>().toEqualTypeOf<string | null>();
    expectTypeOf<RequestDoc['history'][number]>().toEqualTypeOf<HistoryEntry>();
    expectTypeOf<ChecklistEntry['files'][number]>().toEqualTypeOf<FileRef>();
    expectTypeOf<ChecklistEntry['value']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RequestDoc['requestType']>().toExtend<RequestType>();
    expectTypeOf<StaffDoc['roles']>().toEqualTypeOf<Role[]>();
    expectTypeOf<StaffDoc['passwordHash']>().toEqualTypeOf<PasswordHash>();
    expectTypeOf<StaffDoc['lockedUntil']>().toEqualTypeOf<number | null>();
    expectTypeOf<DeclarationDoc['signature']['method']>().toEqualTypeOf<'pad' | 'paper-scan'>();
    expectTypeOf<DeclarationDoc['signature']['image']>().toEqualTypeOf<SignatureImage | null>();
    expectTypeOf<SignatureImage['data']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ConflictDoc['choice']>().toEqualTypeOf<'' | 'mine' | 'theirs'>();
    expectTypeOf<CatalogDoc['data']>().toEqualTypeOf<Record<string, unknown> | undefined>();
  });

  it('registers every collection with the schema its type is read from', () => {
    expect(COLLECTIONS.beneficiaries.schema).toBe(beneficiarySchema);
    expect(COLLECTIONS.requests.schema).toBe(requestSchema);
    expect(COLLECTIONS.declarations.schema).toBe(declarationSchema);
    expect(COLLECTIONS.staff.schema).toBe(staffSchema);
    expect(COLLECTIONS.catalog.schema).toBe(catalogSchema);
    expect(COLLECTIONS.conflicts.schema).toBe(conflictSchema);
    expect(COLLECTIONS.interactions.schema).toBe(interactionSchema);
    expect(COLLECTIONS.audit.schema).toBe(auditSchema);
    expect(COLLECTIONS.surveys.schema).toBe(surveySchema);
  });
});

describe('the validators use the schema limits', () => {
  it('beneficiary limits are the schema values', () => {
    const p = beneficiarySchema.properties;
    expect(NAME_PART_MAX_LENGTH).toBe(p.name.properties.first.maxLength);
    expect(NOTES_MAX_LENGTH).toBe(p.notes.maxLength);
    expect(ADDRESS_MAX_LENGTH).toBe(p.address.maxLength);
    expect(MAX_MOBILES).toBe(p.mobiles.maxItems);
    expect(MAX_FAMILY_COUNT).toBe(p.familyCount.maximum);
    expect(p.nationalId.pattern).toBe('^[12]\\d{9}$');
    expect(NATIONAL_ID_LENGTH).toBe(BENEFICIARY_LIMITS.nationalId);
    expect(declarationSchema.properties.snapshot.properties.beneficiary.properties.fullName.maxLength).toBe(p.fullName.maxLength);
  });

  it('staff and catalog limits are the schema values', () => {
    expect(MAX_DISPLAY_NAME_LENGTH).toBe(staffSchema.properties.displayName.maxLength);
    const base = { displayName: 'Staff', roles: ['admin'] as const, password: 'a long enough passphrase 1' };
    const username = (length: number) => 'a'.repeat(length);
    expect(validateStaffInput({ ...base, username: username(STAFF_LIMITS.usernameMin) })).not.toContain('staff.username-format');
    expect(validateStaffInput({ ...base, username: username(STAFF_LIMITS.usernameMax) })).not.toContain('staff.username-format');
    expect(validateStaffInput({ ...base, username: username(STAFF_LIMITS.usernameMin - 1) })).toContain('staff.username-format');
    expect(validateStaffInput({ ...base, username: username(STAFF_LIMITS.usernameMax + 1) })).toContain('staff.username-format');
    expect(CATALOG_KEY_PATTERN.test('k'.repeat(CATALOG_LIMITS.key))).toBe(true);
    expect(CATALOG_KEY_PATTERN.test('k'.repeat(CATALOG_LIMITS.key + 1))).toBe(false);
    expect(catalogSchema.properties.key.maxLength).toBe(CATALOG_LIMITS.key);
  });
});
