// Shared vocabulary as zod schemas, built from the plain constants in model/terms.ts (the contract's exact strings).
import { z } from 'zod';
import { CHECK_REASONS, DATE_ROLES, IMR_OUTCOMES, NEVER_TRIGGER_ROLES, NOTICE_KINDS, SERVICE_METHODS, UR_OUTCOMES } from './terms';

export { CHECK_REASONS, DATE_ROLES, IMR_OUTCOMES, NEVER_TRIGGER_ROLES, NOTICE_KINDS, SERVICE_METHODS, UR_OUTCOMES };

export const CheckReason = z.enum(CHECK_REASONS);
export type CheckReason = z.infer<typeof CheckReason>;

export const NoticeKind = z.enum(NOTICE_KINDS);
export type NoticeKind = z.infer<typeof NoticeKind>;

export const Outcome = z.enum([...UR_OUTCOMES, ...IMR_OUTCOMES]);
export type Outcome = z.infer<typeof Outcome>;

export const DateRole = z.enum(DATE_ROLES);
export type DateRole = z.infer<typeof DateRole>;

/** null means unknown. */
export const ServiceMethod = z.enum(SERVICE_METHODS).nullable();
export type ServiceMethod = z.infer<typeof ServiceMethod>;

/** Where the served party's address of record is (8 CCR 10605: +5 CA, +10 elsewhere in the US, +20 abroad). */
export const AddressRegion = z.enum(['ca', 'us', 'abroad']);
export type AddressRegion = z.infer<typeof AddressRegion>;

export const Language = z.enum(['en', 'es']);
export type Language = z.infer<typeof Language>;

/** ISO calendar date, YYYY-MM-DD, no time zone: deadlines are calendar days. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = string;
