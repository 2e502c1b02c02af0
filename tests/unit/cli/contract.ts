// The JSON contract of ../shared/DESIGN.md ("Contracts that other tools rely on") as a zod schema, so every CLI
// test checks the exact shape external tools rely on. Extra fields are allowed by the contract (.loose()).
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DeadlineJson = z.looseObject({
  rule: z.string(),
  due: isoDate,
  latest: isoDate,
  start: isoDate,
  startRole: z.string(),
  citation: z.string().min(1),
  steps: z.array(z.string()).min(1),
  status: z.enum(['upcoming', 'due_today', 'past', 'informational']),
  daysLeft: z.number().int(),
});

export const NoticeJson = z.looseObject({
  kind: z.enum(['ur_decision', 'imr_determination', 'qme_panel', 'mmi_report', 'mpn_second_opinion']).or(z.string()),
  outcome: z.enum(['denied', 'modified', 'delayed', 'approved', 'upheld', 'overturned']).nullable(),
  confidence: z.number().min(0).max(1),
  serviceMethod: z.enum(['mail', 'fax', 'email', 'personal']).nullable(),
  expedited: z.boolean(),
  represented: z.boolean().nullable(),
  dates: z.record(z.string(), isoDate),
  deadlines: z.array(DeadlineJson),
});

export const ScanJson = z.array(z.looseObject({
  source: z.string(),
  notices: z.array(NoticeJson),
  error: z.string().min(1).nullable(),
}));

export const DeadlinesJson = z.array(DeadlineJson);
