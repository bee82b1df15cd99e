/**
 * A field worker's desk holds another desk's files only as the duplicate-check copy the server
 * sends it (shared/accounts/pull-filters.ts). Opening one shows a notice, never the file view.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { projectDuplicateCheck } from '@shared/accounts/pull-filters';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { SyncDocument } from '@shared/sync/protocol';
import { isCompleteFile } from '@shared/registry/held-copy';
import { i18next } from '@renderer/i18n/i18n';
import { BeneficiaryView } from '@renderer/features/beneficiaries/components/beneficiary-view';
import { ID_A } from './registry-fixtures';

const FULL: BeneficiaryDoc = {
  id: 'b-held-1', fileNumber: 'RYD2-2026-000007', name: { first: 'سارة', father: 'أحمد', grandfather: 'علي', family: 'الدوسري' },
  fullName: 'سارة أحمد علي الدوسري', nationalId: ID_A, idKind: 'citizen', birthDate: '1990-01-02', gender: 'female',
  nationality: 'SA', maritalStatus: 'single', familyCount: 1, familyMembers: [], categoryKey: 'low-income-families',
  city: 'الرياض', district: 'النسيم', address: '', mobiles: ['+966551234567'], noMobileReason: '',
  preferredChannel: { channel: 'phone', subChannel: 'voice-call', address: '+966551234567' },
  consent: { purpose: 'تقديم الخدمات', givenAt: '2026-03-10T07:00:00.000Z', takenBy: 'staff-2' },
  notes: 'ملاحظة سرية', duplicateAcknowledgments: [], createdAt: '2026-03-10T07:00:00.000Z', createdBy: 'staff-2',
  updatedAt: '2026-03-10T07:00:00.000Z', updatedBy: 'staff-2', deskId: 'desk-2',
};

function render(doc: BeneficiaryDoc): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18next}>
      <MantineProvider>
        <MemoryRouter>
          <BeneficiaryView doc={doc} categories={[]} staffName="—" onEdit={() => undefined} />
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('a file held by another desk (duplicate-check copy)', () => {
  const copy = projectDuplicateCheck(FULL as unknown as SyncDocument) as unknown as BeneficiaryDoc;

  it('is told apart from a complete file', () => {
    expect(isCompleteFile(FULL)).toBe(true);
    expect(isCompleteFile(copy)).toBe(false);
  });

  it('opens as a notice with its number and name, not as the file view or its edit button', () => {
    const html = render(copy);
    expect(html).toContain(i18next.t('registry.view.heldBody'));
    expect(html).toContain('RYD2-2026-000007');
    expect(html).toContain('سارة أحمد علي الدوسري');
    expect(html).not.toContain(i18next.t('registry.view.edit'));
    expect(html).not.toContain(ID_A);
  });

  it('still shows a complete file in full', () => {
    const html = render(FULL);
    expect(html).toContain(i18next.t('registry.view.edit'));
    expect(html).not.toContain(i18next.t('registry.view.heldBody'));
  });
});
