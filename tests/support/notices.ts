// Notices for component tests.
import { Notice } from '../../model';

export const urDenial = () =>
  Notice.parse({
    kind: 'ur_decision', outcome: 'denied', confidence: 0.97, serviceMethod: 'mail', expedited: false,
    represented: false, medication: false,
    dates: { decision_date: '2026-03-02', service_date: '2026-03-04' },
    dateNotes: { service_date: 'two dates were found near “proof of service”' },
    facts: { claimNumber: 'ADJ1234567' },
  });

export const qmePanel = () =>
  Notice.parse({
    kind: 'qme_panel', outcome: null, confidence: 0.9, serviceMethod: null, expedited: false,
    represented: true, medication: false, dates: { panel_assigned_date: '2026-03-20' }, facts: { claimNumber: 'ADJ7654321' },
  });

/** A QME panel whose assignment date was not read: the service date stands in, so its deadlines need a check. */
export const panelWithoutAssignment = () =>
  Notice.parse({
    kind: 'qme_panel', outcome: null, confidence: 0.9, serviceMethod: 'mail', expedited: false,
    represented: false, medication: false, dates: { service_date: '2026-03-21' }, facts: { claimNumber: 'ADJ7654321' },
    candidates: [{ role: 'panel_assigned_date', date: '2026-03-19', confidence: 0.25, start: 0, end: 10, text: '03/19/2026', standIn: true }],
  });
