import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS, RulePackError, parseRulePack } from '../../../rules';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const pack = () => clone(BUNDLED_PACKS[0]) as unknown as { rules: Record<string, unknown>[] } & Record<string, unknown>;

function messageOf(json: unknown): string {
  try {
    parseRulePack(json);
  } catch (e) {
    expect(e).toBeInstanceOf(RulePackError);
    return (e as Error).message;
  }
  throw new Error('expected parseRulePack to throw');
}

describe('parseRulePack', () => {
  it('accepts every bundled pack after a JSON round trip', () => {
    for (const p of BUNDLED_PACKS) expect(parseRulePack(clone(p))).toEqual(p);
  });

  it('names the rule and the field when a citation is missing', () => {
    const p = pack();
    delete p.rules[0]!.citation;
    expect(messageOf(p)).toBe('rule ca.imr.request: citation is missing');
  });

  it('names a missing Spanish title', () => {
    const p = pack();
    (p.rules[2]!.title as Record<string, string>).es = '';
    expect(messageOf(p)).toMatch(/^rule ca\.imr\.decision_expected: title\.es is missing$/);
  });

  it('lists the allowed values for a wrong unit', () => {
    const p = pack();
    (p.rules[0]!.clock as Record<string, unknown>).unit = 'fortnights';
    expect(messageOf(p)).toMatch(/^rule ca\.imr\.request: clock\.unit must be one of calendar_days, business_days/);
  });

  it('refuses a rule that starts a worker deadline from the date of injury', () => {
    const p = pack();
    p.rules[0]!.startRoles = ['injury_date'];
    expect(messageOf(p)).toBe('rule ca.imr.request: startRoles: injury_date can only start a "limit" rule');
  });

  it('refuses a mail extension without its legal basis', () => {
    const p = pack();
    p.rules[0]!.mailExtension = { policy: 'ccr10605' };
    expect(messageOf(p)).toMatch(/^rule ca\.imr\.request: mailExtension\.basis/);
  });

  it('refuses duplicate rule ids', () => {
    const p = pack();
    p.rules.push(clone(p.rules[0]!));
    expect(messageOf(p)).toMatch(/duplicate rule id ca\.imr\.request/);
  });

  it('names pack-level fields', () => {
    const p = pack();
    delete p.version;
    expect(messageOf(p)).toBe('pack: version is missing');
  });

  it('refuses something that is not a pack at all, in plain words', () => {
    expect(messageOf('hello')).toMatch(/not a rule pack/);
    expect(messageOf([])).toMatch(/not a rule pack/);
    expect(messageOf(null)).toMatch(/not a rule pack/);
  });

  it('refuses an empty rules list', () => {
    const p = pack();
    p.rules = [];
    expect(messageOf(p)).toBe('pack: rules is empty');
  });

  it('refuses a source that is not a URL', () => {
    const p = pack();
    p.rules[1]!.sources = ['my notes'];
    expect(messageOf(p)).toBe('rule ca.imr.request_formulary: sources.0 is not a web address (URL)');
  });
});

describe('parseRulePack number checks', () => {
  it('explains a length that is not positive', () => {
    const p = pack();
    (p.rules[1]!.clock as Record<string, unknown>).amount = -3;
    expect(messageOf(p)).toBe('rule ca.imr.request_formulary: clock.amount must be more than 0');
  });
});
