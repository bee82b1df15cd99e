import { useMemo, useState } from 'react';
import { Alert, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/i18n/locale';
import type { StaffDoc } from '@shared/db/schemas/staff.schema';
import type { WaslDatabase } from '@renderer/db/database';
import type { DeskSettings } from '@renderer/db/desk-settings';
import type { SessionUser } from '@renderer/stores/session-store';
import { useObservable } from '@renderer/components/use-observable';
import { PasswordForm } from './password-form';
import { SignInCard } from './sign-in-card';

interface SignInScreenProps {
  db: WaslDatabase;
  settings: DeskSettings;
  onSwitchLocale: (locale: Locale) => void | Promise<void>;
  onSignedIn: (user: SessionUser) => void;
}

type StaffChoice = Pick<StaffDoc, 'id' | 'displayName'>;

/** A shared reception PC: pick your name from the desk's active staff, then your password. */
export function SignInScreen({ db, settings, onSwitchLocale, onSignedIn }: SignInScreenProps) {
  const { t, i18n } = useTranslation();
  const docs = useObservable(() => db.staff.find({ selector: { active: true } }).$, [db], null);
  const staff = useMemo<StaffChoice[]>(
    () => (docs ?? []).map((d) => ({ id: d.id, displayName: d.displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName, i18n.language)),
    [docs, i18n.language],
  );
  const [chosenId, setStaffId] = useState<string | null>(null);
  // One staff member (a fresh desk): nothing to choose.
  const staffId = chosenId ?? (staff.length === 1 ? (staff[0]?.id ?? null) : null);

  return (
    <SignInCard title={t('signIn.title')} settings={settings} onSwitchLocale={onSwitchLocale}>
      {docs && staff.length === 0 && <Alert color="yellow">{t('signIn.noStaff')}</Alert>}
      <PasswordForm
        db={db}
        staffId={staffId}
        purpose="sign-in"
        passwordLabel={t('signIn.password')}
        submitLabel={t('signIn.submit')}
        autoFocusPassword={false}
        onSuccess={onSignedIn}
      >
        <NativeSelect
          id="sign-in-staff"
          label={t('signIn.staff')}
          value={staffId ?? ''}
          onChange={(e) => setStaffId(e.currentTarget.value || null)}
          autoFocus
          data={[{ value: '', label: t('signIn.chooseStaff') }, ...staff.map((s) => ({ value: s.id, label: s.displayName }))]}
        />
      </PasswordForm>
    </SignInCard>
  );
}
