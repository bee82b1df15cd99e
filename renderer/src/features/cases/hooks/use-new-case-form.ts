import { useForm } from '@mantine/form';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import type { Channel } from '@shared/catalog/channels';
import { newCase, type CaseField } from '@shared/cases/case-input';
import { caseInputOf, judgingFacts, PICKED_SCAN } from '../data/check-new-case';
import type { CasesDeps } from '../data';
import { caseErrorKey } from './case-error-key';

export type NewCaseValues = {
  kind: string;
  category: string;
  /** `channel/subChannel` */
  channel: string;
  who: 'file' | 'anonymous';
  beneficiaryId: string;
  name: string;
  mobile: string;
  email: string;
  description: string;
  priority: string;
  domain: string;
  concerns: string[];
  scans: File[];
};

/** Where each field of the shared rule shows its problem on the form. */
const FORM_FIELD: Record<CaseField, keyof NewCaseValues> = {
  kind: 'kind', description: 'description', channel: 'channel', replyChannel: 'channel', priority: 'priority', attachments: 'scans',
  name: 'name', mobile: 'mobile', email: 'email', nationalId: 'name', proposedMobile: 'mobile', concernsStaffIds: 'concerns', category: 'category', domain: 'domain',
};

export function inputOfValues(v: NewCaseValues) {
  const [channel = '', subChannel = ''] = v.channel.split('/');
  return {
    kind: v.kind, category: v.category, channel, subChannel, description: v.description, priority: v.priority, domain: v.domain,
    beneficiaryId: v.who === 'file' ? v.beneficiaryId : '', complainant: { name: v.name, mobile: v.mobile, email: v.email }, concernsStaffIds: v.concerns,
  };
}

/**
 * The new-case form, judged by the shared new-case rule (shared/cases/case-input.ts: limits, a Saudi
 * mobile, an e-mail, the fax's scanned page of policy 3.5a) against the desk's channels; the choices the
 * rule leaves open (category, domain, the file) are required here. Errors are translation keys; the data
 * layer judges again against the catalog before anything is stored.
 */
export function useNewCaseForm(deps: Pick<CasesDeps, 'actor' | 'desk' | 'now'>, beneficiaryId: string, channels: readonly Channel[]) {
  return useForm<NewCaseValues>({
    mode: 'controlled',
    initialValues: {
      kind: 'complaint', category: '', channel: '', who: beneficiaryId ? 'file' : 'anonymous', beneficiaryId,
      name: '', mobile: '', email: '', description: '', priority: 'normal', domain: '', concerns: [], scans: [],
    },
    validate: (values) => {
      const errors: Partial<Record<keyof NewCaseValues, string>> = {};
      const judged = newCase(caseInputOf(inputOfValues(values), null, values.scans.map(() => PICKED_SCAN)), judgingFacts(deps, DEFAULT_CASE_CLOCKS, [], channels));
      if (!judged.ok) for (const [field, code] of Object.entries(judged.error)) errors[FORM_FIELD[field as CaseField]] ??= caseErrorKey(code);
      if (values.category === '') errors.category = 'cases.form.required';
      if (values.domain === '') errors.domain = 'cases.form.required';
      if (values.who === 'file' && values.beneficiaryId === '') errors.beneficiaryId = 'cases.form.pickFile';
      return errors;
    },
  });
}
