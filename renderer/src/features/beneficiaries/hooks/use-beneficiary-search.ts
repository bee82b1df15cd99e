import { useEffect, useState } from 'react';
import type { SearchHit, SearchIndex } from '@renderer/db/search-index';

export interface SearchState {
  /** The query the hits answer (may trail the typed text by one keystroke). */
  query: string;
  hits: readonly SearchHit[];
  failed: boolean;
}

const EMPTY: SearchState = { query: '', hits: [], failed: false };

/**
 * Searches as the receptionist types. Every keystroke asks the index; an answer that
 * arrives after a newer query was asked is dropped, so the list never jumps back.
 */
export function useBeneficiarySearch(index: Pick<SearchIndex, 'search'> | null, query: string, limit = 20): SearchState {
  const [state, setState] = useState<SearchState>(EMPTY);
  const trimmed = query.trim();
  useEffect(() => {
    if (!index || trimmed === '') return;
    let current = true;
    index.search(trimmed, limit).then(
      (hits) => current && setState({ query: trimmed, hits, failed: false }),
      () => current && setState({ query: trimmed, hits: [], failed: true }),
    );
    return () => {
      current = false;
    };
  }, [index, trimmed, limit]);
  return trimmed === '' ? EMPTY : state;
}
