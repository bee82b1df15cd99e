import type { ComponentType } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { joinList } from '@shared/i18n/list';
import { conflictSidesFor, type ConflictSide } from '@shared/sync/conflict-values';
import type { OpenConflict } from '@renderer/sync/conflict-records';

/**
 * How the app names what a conflict is about, passed in from renderer/src/app: the sync
 * feature knows no collection's fields (a file's number and name, the registry's field labels,
 * a mobile read as a phone number live in the registry and shared/registry).
 */
export type ConflictDescriber = {
  /** names the document, e.g. a file's number and name; a component, so it can follow the document live */
  Subject: ComponentType<{ conflict: OpenConflict }>;
  /** the field's translated label; null when unknown (the path is shown) */
  fieldLabel(conflict: OpenConflict): string | null;
  /** a value as a person reads it; null when unknown (shown plainly) */
  formatValue(conflict: OpenConflict, value: unknown): string | null;
};

function plain(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return joinList(value, locale === 'ar' ? 'ar' : 'en');
  return JSON.stringify(value);
}

function useValueText(conflict: OpenConflict, describer: ConflictDescriber | undefined): (value: unknown) => string {
  const { t, i18n } = useTranslation();
  return (value) => {
    if (value === undefined || value === null || value === '') return t('sync.conflicts.empty');
    // Delete-versus-edit: the value is whether the document is deleted.
    if (conflict.field === '_deleted') return t(value === true ? 'sync.conflicts.deleted' : 'sync.conflicts.notDeleted');
    return describer?.formatValue(conflict, value) ?? plain(value, i18n.language);
  };
}

type Props = { conflict: OpenConflict; deskId: string; describer?: ConflictDescriber | undefined; choose: (id: string, side: ConflictSide) => void };

/**
 * One conflict, its values labelled for THIS desk: the record may have been written on the
 * other desk, where its "mine" is this desk's "other" (conflictSidesFor).
 */
export function ConflictCard({ conflict, deskId, describer, choose }: Props) {
  const { t } = useTranslation();
  const valueText = useValueText(conflict, describer);
  const sides = conflictSidesFor(conflict, deskId);
  const ownDesk = sides.here !== 'neither';
  const columns = [
    { side: sides.own, label: ownDesk ? 'mine' : 'inFile', keep: ownDesk ? 'keepMine' : 'keepInFile', testId: 'conflict-this-desk' },
    { side: sides.other, label: ownDesk ? 'theirs' : 'otherEdit', keep: ownDesk ? 'keepTheirs' : 'keepOtherEdit', testId: 'conflict-other-desk' },
  ];
  const Subject = describer?.Subject;
  const fieldLabel = conflict.field === '_deleted' ? t('sync.conflicts.deletion') : describer?.fieldLabel(conflict);
  return (
    <Card withBorder data-testid="conflict" data-field={conflict.field}>
      <Stack gap="xs">
        <Text data-testid="conflict-subject">
          {t('sync.conflicts.record')}: {Subject ? <Subject conflict={conflict} /> : <bdi>{t(`sync.collections.${conflict.collectionName}`, { defaultValue: conflict.collectionName })}</bdi>}
          {' — '}
          {t('sync.conflicts.field')}: {fieldLabel ? <bdi data-testid="conflict-field">{fieldLabel}</bdi> : <bdi dir="ltr" data-testid="conflict-field">{conflict.field}</bdi>}
        </Text>
        <Text size="sm" c="dimmed">
          {t('sync.conflicts.base')}: <bdi>{valueText(conflict.base)}</bdi>
        </Text>
        <SimpleGrid cols={2}>
          {columns.map((column, index) => (
            <Stack gap={4} key={column.side} data-testid={column.testId}>
              <Group gap="xs">
                <Text fw={600}>{t(`sync.conflicts.${column.label}`)}</Text>
                {/* The merge kept the server's value in the document until a person decides. */}
                {column.side === 'theirs' && <Badge variant="light" size="sm">{t('sync.conflicts.inFileNow')}</Badge>}
              </Group>
              <Text data-testid="conflict-value">
                <bdi>{valueText(conflict[column.side])}</bdi>
              </Text>
              <Group>
                <Button size="compact-sm" variant={index === 0 ? 'filled' : 'default'} onClick={() => choose(conflict.id, column.side)}>
                  {t(`sync.conflicts.${column.keep}`)}
                </Button>
              </Group>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
