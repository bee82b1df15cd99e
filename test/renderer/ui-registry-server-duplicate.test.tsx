/**
 * The registry form's ID field when the server found the person on another desk's file (policy 3.6b:
 * named, numbered and placed, never opened), and the note when only this desk could be checked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { i18next } from '@renderer/i18n/i18n';
import { routePaths } from '@renderer/app/route-paths';
import type { IdHolder } from '@renderer/features/beneficiaries/data/duplicate-check';
import { DuplicateWarningsPanel } from '@renderer/features/beneficiaries/components/duplicate-panel';
import { IdentitySection } from '@renderer/features/beneficiaries/components/identity-section';
import { SavedNotice } from '@renderer/features/beneficiaries/components/saved-notice';
import type { SectionProps } from '@renderer/features/beneficiaries/form-state';

const field = ((name: string) => ({ value: '', onChange: () => undefined, name })) as unknown as SectionProps['field'];

function wrap(node: React.ReactNode): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18next}>
      <MantineProvider>
        <MemoryRouter>{node}</MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
}

const ELSEWHERE: IdHolder = { fileId: 'b-elsewhere-1', fileNumber: 'RYD2-2026-000007', elsewhere: { fullName: 'سارة أحمد علي الدوسري', deskCode: 'RYD2' } };

afterEach(async () => {
  await i18next.changeLanguage('ar');
});

describe('registry form: the online duplicate check', () => {
  it("shows another desk's file by name, number and desk, in Arabic, with nothing to open", async () => {
    await i18next.changeLanguage('ar');
    const html = wrap(<IdentitySection field={field} holder={ELSEWHERE} deskOnly={false} onNationalIdBlur={() => undefined} />);
    expect(html).toContain('رقم الهوية أو الإقامة هذا مسجّل في ملف لدى مكتب آخر');
    expect(html).toContain('سارة أحمد علي الدوسري');
    expect(html).toContain('RYD2-2026-000007');
    expect(html).toContain('مكتب RYD2');
    expect(html).not.toContain(routePaths.beneficiaries.view('b-elsewhere-1'));
    expect(html).not.toContain('تم التحقق في هذا المكتب فقط');
  });

  it('names the other desk when the server gave its name, with its code', async () => {
    await i18next.changeLanguage('ar');
    const named: IdHolder = { ...ELSEWHERE, elsewhere: { fullName: 'سارة أحمد علي الدوسري', deskCode: 'RYD2', deskName: 'مكتب الاستقبال - الرياض' } };
    expect(wrap(<IdentitySection field={field} holder={named} deskOnly={false} onNationalIdBlur={() => undefined} />)).toContain('(مكتب الاستقبال - الرياض، المكتب RYD2)');
    await i18next.changeLanguage('en');
    expect(wrap(<IdentitySection field={field} holder={named} deskOnly={false} onNationalIdBlur={() => undefined} />)).toContain('(مكتب الاستقبال - الرياض, desk RYD2)');
  });

  it('says in Arabic when only this desk could be checked', async () => {
    await i18next.changeLanguage('ar');
    const html = wrap(<IdentitySection field={field} holder={null} deskOnly onNationalIdBlur={() => undefined} />);
    expect(html).toContain('تم التحقق في هذا المكتب فقط؛ سينبّه الخادم إلى التكرار عند مزامنة هذا الملف.');
    await i18next.changeLanguage('en');
    expect(wrap(<IdentitySection field={field} holder={null} deskOnly onNationalIdBlur={() => undefined} />)).toContain('Checked on this desk only');
  });

  it('says after a save when only this desk could be checked, and only then', async () => {
    await i18next.changeLanguage('ar');
    const checkedHere = wrap(<SavedNotice fileNumber="FLD1-2026-000004" deskOnly />);
    expect(checkedHere).toContain('حُفظ الملف FLD1-2026-000004.');
    expect(checkedHere).toContain('تم التحقق في هذا المكتب فقط؛ سينبّه الخادم إلى التكرار عند مزامنة هذا الملف.');
    expect(wrap(<SavedNotice fileNumber="FLD1-2026-000004" deskOnly={false} />)).not.toContain('تم التحقق في هذا المكتب فقط');
    await i18next.changeLanguage('en');
    expect(wrap(<SavedNotice fileNumber="FLD1-2026-000004" deskOnly />)).toContain('Checked on this desk only');
  });

  it("lists another desk's file sharing a mobile without a link, and this desk's with one", async () => {
    await i18next.changeLanguage('ar');
    const warnings = [
      { key: 'same-mobile:b-elsewhere-1', fileId: 'b-elsewhere-1', fileNumber: 'RYD2-2026-000007', fullName: 'سارة أحمد علي الدوسري', reason: 'same-mobile', deskCode: 'RYD2' },
      { key: 'same-mobile:b-here-1', fileId: 'b-here-1', fileNumber: 'KD1-2026-000001', fullName: 'محمد عبدالله سعد الغامدي', reason: 'same-mobile' },
    ];
    const html = wrap(<DuplicateWarningsPanel warnings={warnings} acknowledged={new Set()} onAcknowledge={() => undefined} />);
    expect(html).toContain('مكتب RYD2');
    expect(html).not.toContain(routePaths.beneficiaries.view('b-elsewhere-1'));
    expect(html).toContain(routePaths.beneficiaries.view('b-here-1'));
  });
});
