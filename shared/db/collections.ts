/**
 * The collections of the desk database, each with its schema and migration strategies.
 *
 * Budget: RxDB's free tier opens at most 13 collections per JS realm (NON_PREMIUM_COLLECTION_LIMIT
 * in rxdb 17; the 14th throws COL23). Every open database in the realm counts, so the app plans
 * for <= 12 to keep one free for a test or tool that opens a second database:
 *   beneficiaries, requests, declarations, interactions, cases, surveys, visits,
 *   staff, catalog, audit, conflicts   -> 11, one spare.
 * Existing so far: staff, audit, catalog, beneficiaries, conflicts, requests, interactions, declarations, cases, surveys, visits (11). Before adding a 12th, merge into an existing one (e.g.
 * a `kind` field) rather than raise the count. Desk-local settings are RxDB local documents,
 * which use no collection.
 *
 * Migrations: bump `version` in the schema and add `migrationStrategies[newVersion]`, a pure
 * function from the old document to the new one (RxDB runs them on open, migration-schema plugin).
 */
import { auditMigrationStrategies, auditSchema } from './schemas/audit.schema';
import { beneficiaryMigrationStrategies, beneficiarySchema } from './schemas/beneficiary.schema';
import { caseMigrationStrategies, caseSchema } from './schemas/case.schema';
import { catalogSchema } from './schemas/catalog.schema';
import { interactionMigrationStrategies, interactionSchema } from './schemas/interaction.schema';
import { requestMigrationStrategies, requestSchema } from './schemas/request.schema';
import { conflictMigrationStrategies, conflictSchema } from './schemas/conflict.schema';
import { declarationMigrationStrategies, declarationSchema } from './schemas/declaration.schema';
import { visitSchema } from './schemas/visit.schema';
import { staffMigrationStrategies, staffSchema } from './schemas/staff.schema';
import { surveyMigrationStrategies, surveySchema } from './schemas/survey.schema';
import type { CollectionSchema, FromSchema, MigrationStrategies } from './schema-types';

export type CollectionDefinition = {
  schema: CollectionSchema;
  migrationStrategies: MigrationStrategies;
};

export const COLLECTION_BUDGET = 12;

/** Keeps the schema's literal type (the document type is read off it) and any version's strategy. */
const collection = <S extends CollectionSchema>(schema: S, migrationStrategies: MigrationStrategies = {}) => ({ schema, migrationStrategies });

export const COLLECTIONS = {
  staff: collection(staffSchema, staffMigrationStrategies),
  audit: collection(auditSchema, auditMigrationStrategies),
  catalog: collection(catalogSchema),
  beneficiaries: collection(beneficiarySchema, beneficiaryMigrationStrategies),
  conflicts: collection(conflictSchema, conflictMigrationStrategies),
  requests: collection(requestSchema, requestMigrationStrategies),
  interactions: collection(interactionSchema, interactionMigrationStrategies),
  declarations: collection(declarationSchema, declarationMigrationStrategies),
  cases: collection(caseSchema, caseMigrationStrategies),
  surveys: collection(surveySchema, surveyMigrationStrategies),
  visits: collection(visitSchema),
} satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Document type per collection name, read off its schema: the renderer derives its typed RxCollections from this. */
export type CollectionDocs = { [K in CollectionName]: FromSchema<(typeof COLLECTIONS)[K]['schema']> };
