/**
 * Everything the association holds about a person, gathered across the desk's collections for an
 * access or copy request (PDPL art. 4: the right to access one's data and obtain a copy in a readable
 * form). Pure: the documents are passed in (the desk reads them; the renderer never filters here).
 * - the file itself; its requests, declarations, interactions (the communication log), cases and visits;
 * - survey answers only when they name the person (an anonymous answer holds no beneficiaryId, policy 3.8);
 * - audit entries about the person or any of those documents (who did what when; no values, by rule).
 * The answer is the documents as stored (decrypted by the desk), in a fixed order, so the JSON copy is
 * machine-readable and the PDF (personal-data-pdf.ts) lists the same things.
 */

export type StoredDoc = Readonly<Record<string, unknown>> & { id: string };

export const PERSONAL_DATA_SECTIONS = ['file', 'requests', 'declarations', 'interactions', 'cases', 'surveys', 'visits', 'audit'] as const;
export type PersonalDataSection = (typeof PERSONAL_DATA_SECTIONS)[number];

export type DeskDocuments = { beneficiaries: readonly StoredDoc[] } & { [K in Exclude<PersonalDataSection, 'file'>]: readonly StoredDoc[] };

export type PersonalData = { beneficiaryId: string; gatheredAt: string; sections: Record<PersonalDataSection, StoredDoc[]> };

const ofPerson = (beneficiaryId: string) => (doc: StoredDoc) => doc.beneficiaryId === beneficiaryId && doc._deleted !== true;
const byId = (a: StoredDoc, b: StoredDoc) => a.id.localeCompare(b.id);
const byTime = (field: string) => (a: StoredDoc, b: StoredDoc) => String(a[field] ?? '').localeCompare(String(b[field] ?? '')) || byId(a, b);

/** The person's data in every section; an unknown id gives empty sections (the caller refuses it first). */
export function gatherPersonalData(beneficiaryId: string, docs: DeskDocuments, gatheredAt: string): PersonalData {
  const mine = ofPerson(beneficiaryId);
  const pick = (list: readonly StoredDoc[], order = byTime('createdAt')) => list.filter(mine).sort(order);
  const file = docs.beneficiaries.filter((doc) => doc.id === beneficiaryId && doc._deleted !== true);
  const sections = {
    file,
    requests: pick(docs.requests),
    declarations: pick(docs.declarations),
    interactions: pick(docs.interactions, byTime('at')),
    cases: pick(docs.cases),
    // Anonymous answers carry beneficiaryId '' and never match a person.
    surveys: beneficiaryId === '' ? [] : pick(docs.surveys),
    visits: pick(docs.visits, byTime('plannedDate')),
    audit: [] as StoredDoc[],
  };
  const about = new Set([beneficiaryId, ...Object.values(sections).flat().map((doc) => doc.id)]);
  sections.audit = docs.audit.filter((entry) => about.has(String(entry.entityId ?? ''))).sort(byTime('at'));
  return { beneficiaryId, gatheredAt, sections };
}

/** The machine-readable copy: JSON, sections in a fixed order, sync bookkeeping left out. */
export function personalDataJson(data: PersonalData): string {
  const clean = (doc: StoredDoc) => Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
  const sections = Object.fromEntries(PERSONAL_DATA_SECTIONS.map((name) => [name, data.sections[name].map(clean)]));
  return JSON.stringify({ format: 'wasl-personal-data/1', beneficiaryId: data.beneficiaryId, gatheredAt: data.gatheredAt, sections }, null, 2);
}

const LONG_VALUE = 600;

/** One document as label/value rows for the PDF: nested parts flattened to dotted names, empty values left out. */
export function documentRows(doc: StoredDoc, skip: readonly string[] = ['updatedAt', 'updatedBy', 'deskId']): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${path}[${index + 1}]`));
    if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).forEach(([key, item]) => walk(item, path ? `${path}.${key}` : key));
    const text = String(value);
    // A signature or scan (base64) is no reading for a person: the JSON copy holds it whole.
    rows.push({ label: path, value: text.length > LONG_VALUE ? `[${text.length} — في النسخة JSON]` : text });
  };
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_') && !skip.includes(key)) walk(value, key);
  return rows;
}
