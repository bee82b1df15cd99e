/**
 * The declaration wiring (policy 3.3d, the data-accuracy declaration): the signing step inside the request screen (intake and
 * declaration features meet only here), and the verification screen for all staff.
 */
import { useMemo } from 'react';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { useObservable } from '@renderer/components/use-observable';
import { getDeskKey } from '@renderer/db/desk-keys';
import { DEFAULT_PRINT_SETTINGS, watchPrintSettings } from '@renderer/db/print-settings';
import { recordDeclarationSigned, type IntakeDeps } from '@renderer/features/intake/data';
import type { DeclarationDeps } from '@renderer/features/declaration/data';
import { DeclarationStep } from '@renderer/features/declaration/components/declaration-step';
import { VerificationScreen } from '@renderer/features/declaration/components/verification-screen';
import { useDesk } from '../desk-context';
import { useMinuteCheck } from './compensation-routes';

export function useDeclarationDeps(intake: IntakeDeps): DeclarationDeps {
  const { settings } = useDesk();
  return useMemo(
    () => ({
      db: intake.db,
      actor: { id: intake.actor.id },
      desk: { deskId: settings.deskId, deskCode: settings.deskCode, associationName: settings.associationName, deskName: settings.deskName },
      now: intake.now,
      key: () => getDeskKey(settings.deskId),
      // Signing is a step of the request too (its status, history and the to-refer list).
      onSigned: async (declaration) => (await recordDeclarationSigned(intake, declaration.requestId)).ok,
    }),
    [intake, settings.deskId, settings.deskCode, settings.associationName, settings.deskName],
  );
}

/** The render slot the request screen calls for its signing step. */
export function useDeclarationSlot(intake: IntakeDeps): (request: RequestDoc) => React.ReactNode {
  const deps = useDeclarationDeps(intake);
  // The desk's print settings (settings screen): bilingual or Arabic only, and the logo.
  const print = useObservable(() => watchPrintSettings(intake.db), [intake.db], DEFAULT_PRINT_SETTINGS);
  return useMemo(
    () => (request: RequestDoc) => <DeclarationStep deps={deps} request={request} bilingual={print.bilingualDeclaration} logo={print.logo} />,
    [deps, print],
  );
}

/** One verification screen for printed declarations and compensation minutes (policy 3.4a). */
export function VerifyDeclarationRoute() {
  const { db } = useDesk();
  const minute = useMinuteCheck();
  return <VerificationScreen db={db} other={minute ?? undefined} />;
}
