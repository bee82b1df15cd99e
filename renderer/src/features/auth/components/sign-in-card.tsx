import type { ReactNode } from 'react';
import type { Locale } from '@shared/i18n/locale';
import type { DeskSettings } from '@renderer/db/desk-settings';
import { FrontCard } from '@renderer/components/front-card';

type Props = { title: string; settings: DeskSettings; onSwitchLocale: (locale: Locale) => void | Promise<void>; children: ReactNode };

/** The frame of the sign-in and lock screens (local staff, association accounts): title, language, which desk. */
export function SignInCard({ title, settings, onSwitchLocale, children }: Props) {
  const desk = (
    <>
      <bdi>{settings.associationName}</bdi> — <bdi>{settings.deskName}</bdi>
    </>
  );
  return (
    <FrontCard title={title} intro={desk} onSwitchLocale={onSwitchLocale}>
      {children}
    </FrontCard>
  );
}
