import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

/** A catalog list (holidays, request types): named for screen readers, its columns, then a column for the row's buttons. */
export function CatalogTable({ label, columns, children }: { label: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <Table striped withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column}>{column}</Table.Th>
          ))}
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}
