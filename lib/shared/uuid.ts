// Whether text is a uuid as the database writes one: a malformed id cannot exist, so callers answer as
// for an unknown id instead of letting a ::uuid cast fail.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);
