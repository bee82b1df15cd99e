import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nextCompensationStatuses } from '@shared/compensation/compensation-status';
import type { CompensationPart } from '@shared/db/schemas/case.schema';
import { moveTo, type CompensationDeps } from '../data';
import { useCompensationAction } from '../hooks/use-compensation-action';
import { Problem } from './problem';

/** Moves with no form of their own: others (minute, ruling, settlement, payment, closing) have their sections. */
const PLAIN: readonly CompensationPart['status'][] = ['under-investigation', 'negotiating', 'referred-to-ruling'];

export function CompensationMoves({ deps, caseId, part }: { deps: CompensationDeps; caseId: string; part: CompensationPart }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const action = useCompensationAction();
  const moves = nextCompensationStatuses(part).filter((to) => PLAIN.includes(to));
  if (moves.length === 0) return null;
  return (
    <Group align="flex-end" data-testid="compensation-moves">
      <TextInput label={t('compensation.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flexGrow: 1 }} />
      {moves.map((to) => (
        <Button key={to} variant="light" onClick={() => void action.run(() => moveTo(deps, caseId, to, reason))} loading={action.busy}>
          {t(`compensation.move.${to}`)}
        </Button>
      ))}
      <Problem problem={action.problem} />
    </Group>
  );
}
