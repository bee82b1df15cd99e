import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Card, Group, Kbd, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { classifySearchQuery } from '@shared/registry/search-query';
import type { SearchIndex } from '@renderer/db/search-index';
import { useBeneficiarySearch } from '../hooks/use-beneficiary-search';
import { routePaths } from '@renderer/app/route-paths';
import { SearchResults, optionId } from './search-results';
import '@renderer/styles/registry.css';

/** Alt+N, read from the physical key so it works on the Arabic keyboard layout too. */
function isNewFileShortcut(event: globalThis.KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';
}

/** The registry's front door: type to find a file, arrows to choose, Enter to open, Alt+N for a new one. */
/** @param canRegister false for roles the server would refuse a new file (the UI hides what a role may not do) */
export function BeneficiariesScreen({ index, canRegister = true }: { index: Pick<SearchIndex, 'search'> | null; canRegister?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { hits, failed, query: answered } = useBeneficiarySearch(index, query);
  const typed = query.trim() !== '';
  const current = Math.min(active, Math.max(hits.length - 1, 0));

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!canRegister || !isNewFileShortcut(event)) return;
      event.preventDefault();
      void navigate(routePaths.beneficiaries.create);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, canRegister]);

  const open = (id: string) => void navigate(routePaths.beneficiaries.view(id));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[current];
      if (hit) open(hit.id);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="nowrap">
        <Title order={1} size="h2">
          {t('registry.title')}
        </Title>
        {canRegister && (
          <Button onClick={() => void navigate(routePaths.beneficiaries.create)} rightSection={<Kbd size="xs">Alt+N</Kbd>}>
            {t('registry.newFile')}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <Stack gap="sm">
          <TextInput
            size="lg"
            type="search"
            label={t('registry.searchLabel')}
            description={t('registry.searchHint')}
            value={query}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setQuery(value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={hits.length > 0 ? optionId(listId, current) : undefined}
            autoComplete="off"
            autoFocus
          />
          {failed && (
            <Alert color="red" role="alert">
              {t('registry.searchFailed')}
            </Alert>
          )}
          {typed && !failed && answered !== '' && (
            <Text size="sm" c="dimmed" role="status">
              {hits.length > 0
                ? t('registry.resultCount', { count: hits.length })
                : ['partial-number', 'file-serial'].includes(classifySearchQuery(query).kind)
                  ? t('registry.partialNumber')
                  : t('registry.noResults')}
            </Text>
          )}
          <SearchResults id={listId} hits={hits} active={current} onOpen={(hit) => open(hit.id)} onHover={setActive} />
        </Stack>
      </Card>
    </Stack>
  );
}
