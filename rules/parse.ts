// Validating an imported rule pack: the first problem becomes one plain-language message naming the field,
// e.g. "rule ca.imr.request: citation is missing" (STYLE.md 7: expected failures are typed errors).
import type { z } from 'zod';
import { RulePack } from './schema';

export class RulePackError extends Error {
  override name = 'RulePackError';
  constructor(message: string, readonly path: (string | number)[] = []) {
    super(message);
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** "rule ca.imr.request: title.es" for rule fields, "pack: version" otherwise. */
function where(json: unknown, path: readonly PropertyKey[]): { owner: string; field: string } {
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const id = valueAt(json, ['rules', path[1], 'id']);
    const owner = typeof id === 'string' && id ? `rule ${id}` : `rule #${path[1] + 1}`;
    return { owner, field: path.slice(2).map(String).join('.') };
  }
  return { owner: 'pack', field: path.map(String).join('.') };
}

function describe(issue: z.core.$ZodIssue, json: unknown): string {
  const { owner, field } = where(json, issue.path);
  const name = field || 'the pack';
  if (issue.code === 'invalid_type' && valueAt(json, issue.path) === undefined) return `${owner}: ${name} is missing`;
  if (issue.code === 'invalid_type') return `${owner}: ${name} should be ${issue.expected}`;
  if (issue.code === 'invalid_value') return `${owner}: ${name} must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `${owner}: ${name} is empty`;
  if (issue.code === 'too_small' && issue.origin === 'string') return `${owner}: ${name} is missing`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `${owner}: ${name} must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
  if (issue.code === 'invalid_format' && issue.format === 'url') return `${owner}: ${name} is not a web address (URL)`;
  if (issue.code === 'invalid_format' && issue.format === 'regex') return `${owner}: ${name}: ${issue.message}`;
  return `${owner}: ${name}: ${issue.message}`;
}

/** Validates a rule pack (e.g. one the user imports). Throws RulePackError naming the first bad field. */
export function parseRulePack(json: unknown): RulePack {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new RulePackError('This is not a rule pack: expected a JSON object with "id", "version" and "rules".');
  }
  const result = RulePack.safeParse(json);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  if (!first) throw new RulePackError('pack: invalid rule pack');
  throw new RulePackError(describe(first, json), first.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
}
