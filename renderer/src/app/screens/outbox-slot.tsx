import { useCallback, type ReactNode } from 'react';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { buildNotice } from '@shared/intake/notice-message';
import type { IntakeDeps } from '@renderer/features/intake/data';
import { OutboxPanel, type OutboxChannel } from '@renderer/features/outbox/components/outbox-panel';

/** Statuses in which the beneficiary is told something: received (referred onward) or the decision. */
const NOTICE_STATUSES: readonly string[] = ['referred', 'under-study', 'approved', 'rejected', 'more-info-needed', 'informed'];

/**
 * The request screen's outbox (composed here: features do not import each other): the request's
 * notice (shared/intake/notice-message.ts) for the chosen channel, to the beneficiary's addresses.
 */
export function useOutboxSlot(deps: IntakeDeps, associationName: string): (request: RequestDoc, beneficiary: BeneficiaryDoc) => ReactNode {
  return useCallback(
    (request: RequestDoc, beneficiary: BeneficiaryDoc) => {
      if (!NOTICE_STATUSES.includes(request.status)) return null;
      const agreed = beneficiary.preferredChannel;
      const reason = [...request.history].reverse().find((entry) => entry.decision)?.reason;
      const compose = (channel: OutboxChannel) =>
        buildNotice({
          template: channel,
          locale: 'ar',
          kind: request.decision ?? 'received',
          beneficiaryName: beneficiary.fullName,
          requestNumber: request.requestNumber,
          requestTypeName: request.requestType.nameAr,
          associationName,
          dueDate: request.decision ? null : request.dueDate,
          reason,
        });
      const initial: OutboxChannel = agreed.subChannel === 'email' || agreed.subChannel === 'whatsapp' ? agreed.subChannel : 'sms';
      return (
        <OutboxPanel
          key={`${request.id}-${request.decision ?? 'received'}`}
          deps={deps}
          record={{ kind: 'request', id: request.id }}
          requestId={request.id}
          contact={{ beneficiaryId: beneficiary.id, mobiles: beneficiary.mobiles, email: agreed.subChannel === 'email' ? agreed.address : '' }}
          compose={compose}
          initialChannel={initial}
        />
      );
    },
    [deps, associationName],
  );
}
