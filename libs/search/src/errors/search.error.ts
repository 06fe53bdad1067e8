import { codedDomainError, ErrorKind } from '@pitlane/core';

export enum SearchErrorCode {
  Unavailable = 'search_unavailable',
}

const KIND: Readonly<Record<SearchErrorCode, ErrorKind>> = {
  [SearchErrorCode.Unavailable]: 'unavailable',
};

/** Expected failures of search. Writes never raise them: only a query can find search down. */
export class SearchError extends codedDomainError(KIND) {
  static unavailable(): SearchError {
    return new SearchError(
      SearchErrorCode.Unavailable,
      'Search is unavailable for a moment; everything you save is kept and becomes searchable when it is back.',
    );
  }
}
