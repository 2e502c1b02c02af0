import { AUDIT_CASES } from './audit-2026-12.cases';
import { IMR_UR_CASES } from './imr-ur.cases';
import { QME_OTHER_CASES } from './qme-other.cases';

export type { GoldenCase } from './helpers';
export const GOLDEN_CASES = [...IMR_UR_CASES, ...QME_OTHER_CASES, ...AUDIT_CASES];
