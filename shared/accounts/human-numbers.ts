/**
 * Human numbers (file no., request no., declaration no.) are issued offline per desk and are never
 * renumbered once printed; the server flags any two records of one collection that carry the same
 * number (GET /numbers/duplicates) so a person can sort it out.
 */
export const HUMAN_NUMBER_FIELDS: Readonly<Record<string, string>> = {
  beneficiaries: 'fileNumber',
  requests: 'requestNumber',
  declarations: 'declarationNumber',
};
