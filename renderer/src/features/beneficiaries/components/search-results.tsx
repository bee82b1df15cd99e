import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '@renderer/db/search-index';

interface SearchResultsProps {
  id: string;
  hits: readonly SearchHit[];
  active: number;
  onOpen: (hit: SearchHit) => void;
  onHover: (index: number) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The ranked hits as a listbox driven from the search box (aria-activedescendant): focus stays
 * in the box, so the receptionist keeps typing while arrows move the highlight.
 */
export function SearchResults({ id, hits, active, onOpen, onHover }: SearchResultsProps) {
  const { t } = useTranslation();
  return (
    <div role="listbox" id={id} aria-label={t('registry.results')} className="wasl-results">
      {hits.map((hit, index) => (
        <UnstyledButton
          key={hit.id}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === active}
          tabIndex={-1}
          className="wasl-result"
          onMouseEnter={() => onHover(index)}
          onClick={() => onOpen(hit)}
        >
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text fw={600}>{hit.fullName}</Text>
            <Badge variant="light" radius="sm" className="wasl-file-number">
              <bdi dir="ltr">{hit.fileNumber}</bdi>
            </Badge>
          </Group>
        </UnstyledButton>
      ))}
    </div>
  );
}
