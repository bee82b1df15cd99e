import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffDoc } from '@shared/db/schemas/staff.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { StaffUnitsCell } from './staff-units-cell';

type Props = { staff: readonly StaffDoc[]; db: WaslDatabase; deskId: string; actorId: string };

export function StaffTable({ staff, db, deskId, actorId }: Props) {
  const { t } = useTranslation();
  if (staff.length === 0) return <Text>{t('staff.empty')}</Text>;
  return (
    <Table striped withTableBorder aria-label={t('staff.listTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('staff.name')}</Table.Th>
          <Table.Th>{t('staff.username')}</Table.Th>
          <Table.Th>{t('staff.roles')}</Table.Th>
          <Table.Th>{t('staffUnits.column')}</Table.Th>
          <Table.Th>{t('staff.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {staff.map((member) => (
          <Table.Tr key={member.id}>
            <Table.Td>{member.displayName}</Table.Td>
            <Table.Td dir="ltr">{member.username}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {member.roles.map((role) => (
                  <Badge key={role} variant="light">
                    {t(`roles.${role}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <StaffUnitsCell db={db} member={member} deskId={deskId} actorId={actorId} />
            </Table.Td>
            <Table.Td>{member.active ? t('staff.active') : t('staff.inactive')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
