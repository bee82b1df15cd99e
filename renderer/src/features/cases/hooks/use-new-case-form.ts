import { useForm } from '@mantine/form';
import { CASE_LIMITS } from '@shared/db/schemas/case.schema';
import { FAX_CHANNEL } from '../data/check-new-case';
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

const required = (value: string) => (value.trim() === '' ? 'cases.form.required' : null);

/**
 * The new-case form: the same limits as the schema (CASE_LIMITS), and the fax rule of policy 3.5a (the
 * scanned page is attached). Errors are translation keys; the data layer re-checks against the catalog.
 */
export function useNewCaseForm(beneficiaryId: string) {
  return useForm<NewCaseValues>({
    mode: 'controlled',
    initialValues: {
      kind: 'complaint', category: '', channel: '', who: beneficiaryId ? 'file' : 'anonymous', beneficiaryId,
      name: '', mobile: '', email: '', description: '', priority: 'normal', domain: '', concerns: [], scans: [],
    },
    validate: {
      kind: required,
      category: required,
      channel: required,
      domain: required,
      beneficiaryId: (value, values) => (values.who === 'file' && value === '' ? 'cases.form.pickFile' : null),
      name: (value) => (value.length > CASE_LIMITS.name ? 'cases.form.tooLong' : null),
      mobile: (value) => (value.length > CASE_LIMITS.mobile ? 'cases.form.tooLong' : null),
      email: (value) => (value.length > CASE_LIMITS.email ? 'cases.form.tooLong' : null),
      description: (value) => required(value) ?? (value.length > CASE_LIMITS.description ? 'cases.form.tooLong' : null),
      scans: (value, values) => (values.channel.split('/')[0] === FAX_CHANNEL && value.length === 0 ? caseErrorKey('cases.fax-scan-required') : value.length > CASE_LIMITS.attachments ? caseErrorKey('cases.too-many-files') : null),
    },
  });
}
