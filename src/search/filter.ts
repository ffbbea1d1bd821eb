/**
 * Meilisearch filter expressions built from validated values only: field names come from the
 * code's own list, values are quoted and escaped, user text is never pasted in.
 */
import type { FilterableField } from './settings.js';

export type FilterValue = string | number | readonly (string | number)[];
export type Filter = Partial<Record<FilterableField, FilterValue>>;

const literal = (v: string | number): string =>
  typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** `{act: 'atipsom', type: ['offence', 'power']}` → `act = "atipsom" AND type IN ["offence", "power"]`. */
export function filterExpression(filter: Filter): string | undefined {
  const clauses = Object.entries(filter).flatMap(([field, value]) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) {
      return value.length ? [`${field} IN [${value.map(literal).join(', ')}]`] : [];
    }
    return [`${field} = ${literal(value as string | number)}`];
  });
  return clauses.length ? clauses.join(' AND ') : undefined;
}
