// Expected storage failures: a plain-language message the options page shows as is (STYLE.md 7).
export class DataError extends Error {
  override name = 'DataError';
}
