import { detect, textDocumentFromString } from './extract';
const LETTER = 'NOTICE OF UTILIZATION REVIEW DECISION\nClaim Number: SMC-0448217\nDate of Injury: 08/19/2025\nDate of UR Decision: 03/02/2026\nWe reviewed the Request for Authorization under the workers\' compensation MTUS. The request is not certified.\n';
for (const n of [50, 100, 200]) {
  const text = LETTER + 'Utilization Review' + ' \n'.repeat(n) + 'x\n';
  const t0 = performance.now();
  detect(textDocumentFromString(text, 'x'));
  console.log('exp', n, (performance.now() - t0).toFixed(1), 'ms');
}
for (const n of [50, 100, 200]) {
  const text = LETTER.replace('Claim Number: SMC-0448217', '') + 'claim no' + ' \n'.repeat(n) + '.\n';
  const t0 = performance.now();
  detect(textDocumentFromString(text, 'x'));
  console.log('claim', n, (performance.now() - t0).toFixed(1), 'ms');
}
