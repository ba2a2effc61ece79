export {
  MAX_SEARCH_HITS,
  MessageSearch,
  searchableText,
  type SearchHit,
  type SearchInput,
  type SearchResult,
} from './message-search';
export { SearchIndex, type IndexStats } from './search-index';
export { SNIPPET_LENGTH, snippetOf, type Snippet } from './snippet';
export { fold, indexTerms, queryTerms, type QueryTerms } from './tokenize';
