import {
  CATALOGUE,
  DEVELOPMENT_GROUPS,
  DEVELOPMENT_TYPES,
  ENVELOPE,
  LIMITS,
  RECORDS,
  type RecordName,
  recordExample,
} from '@parley/domain';

/** What `GET /catalogue` answers: the catalogue as data, for clients that build their forms from it. */
export const CATALOGUE_BODY = {
  groups: DEVELOPMENT_GROUPS,
  types: Object.fromEntries(DEVELOPMENT_TYPES.map((type) => [type, CATALOGUE[type]])),
  records: RECORDS,
  // Each nested shape's example as the API reference shows it (its fields' examples): a form's hint for a field
  // that has none of its own (a correction's sources).
  recordExamples: Object.fromEntries(
    (Object.keys(RECORDS) as RecordName[]).map((name) => [name, recordExample(name)]),
  ) as Record<RecordName, Record<string, unknown>>,
  envelope: ENVELOPE,
  limits: LIMITS,
};
export type CatalogueBody = typeof CATALOGUE_BODY;
