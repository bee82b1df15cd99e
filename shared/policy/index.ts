/** The policy library and staff sign-off (Article 4). See policy-version.ts for the model. */
export * from './policy-version';
export { canonicalText, policyHash, type PolicyContent } from './policy-hash';
export { publishVersion, type PublishErrorCode, type PublishErrors, type PublishField, type PublishInput } from './publish';
export { policyFromCatalog, policyToCatalog, type PolicyCatalogEntry } from './policy-catalog';
export * from './acknowledgement';
export * from './sign-off';
