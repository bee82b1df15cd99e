import { useId, useState, type KeyboardEvent } from 'react';
import { Card, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getSearchIndex } from '@renderer/db/search-index';
import { useLoad } from '@renderer/components/use-action';
import { useBeneficiarySearch } from '@renderer/features/beneficiaries/hooks/use-beneficiary-search';
import { SearchResults, optionId } from '@renderer/features/beneficiaries/components/search-results';
import { routePaths } from '../route-paths';

/** A new request from the requests screen: find the beneficiary with the registry's search, Enter starts. */
export function PickBeneficiaryRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const index = useLoad(getSearchIndex, []).result ?? null;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { hits } = useBeneficiarySearch(index, query);
  const current = Math.min(active, Math.max(hits.length - 1, 0));
  const choose = (id: string) => void navigate(routePaths.beneficiaries.newRequest(id));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[current];
      if (hit) choose(hit.id);
    }
  };
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('requests.newRequest')}
      </Title>
      <Card withBorder>
        <Stack gap="sm">
          <TextInput
            size="lg"
            type="search"
            label={t('requests.findBeneficiary')}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={hits.length > 0 ? optionId(listId, current) : undefined}
            autoComplete="off"
            autoFocus
          />
          <SearchResults id={listId} hits={hits} active={current} onOpen={(hit) => choose(hit.id)} onHover={setActive} />
        </Stack>
      </Card>
    </Stack>
  );
}
