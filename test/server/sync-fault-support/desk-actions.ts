/**
 * What the matrix does on a desk, each write entered in the ledger once the desk answered (the
 * desk showed it as saved): register a synthetic person through the registry form, patch fields.
 */
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { completeNationalId } from '@shared/registry/national-id';
import type { RemoteDesk } from '../sync-support/desk-rpc';
import type { AckLedger, Side } from './cluster';

export function deskActions(ledger: AckLedger) {
  let n = 0;
  /** Synthetic and distinct per call: a valid ID (Luhn), mobile, name and birth date. */
  const person = (nationalId?: string) => {
    n += 1;
    return {
      nationalId: nationalId ?? completeNationalId(`14${String(n).padStart(7, '0')}`),
      mobiles: [`0570${String(n).padStart(6, '0')}`],
      name: { first: 'ريم', father: 'خالد', grandfather: 'سعد', family: `العتيبي${'ا'.repeat(n % 5)}` },
      birthDate: `19${String(60 + (n % 40)).padStart(2, '0')}-03-0${1 + (n % 9)}`,
    };
  };
  return {
    async register(desk: RemoteDesk, nationalId?: string): Promise<BeneficiaryDoc> {
      const doc = await desk.call<BeneficiaryDoc>('register', { input: person(nationalId) });
      ledger.ack(doc.id, { city: doc.city, address: doc.address, district: doc.district });
      return doc;
    },
    async patch(desk: RemoteDesk, id: string, fields: Record<string, unknown>): Promise<void> {
      await desk.call('patch', { id, fields });
      ledger.ack(id, fields);
    },
    get: (desk: RemoteDesk, id: string) => desk.call<BeneficiaryDoc | null>('get', { id }),
  };
}

/** The pushes of one collection that went through a side's proxy, in order. */
export const pushesOf = (side: Side, collection = 'beneficiaries') =>
  side.proxy.requests.filter((r) => r.method === 'POST' && r.path === `/sync/${collection}/push`);
