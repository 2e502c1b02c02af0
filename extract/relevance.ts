// A cheap word test the content script runs before any real work: pages without any of these words exit fast.
const WORDS = /utilization review|independent medical review|\bIMR\b|\bUR (?:decision|determination)|\bQME\b|qualified medical evaluator|maxim(?:um|al) medical improvement|permanent (?:and|&) stationary|\bP&S\b|\bPR-4\b|medical provider network|\bMPN\b|second opinion|non-?certif|revisi[oó]n de utilizaci[oó]n|revisi[oó]n m[eé]dica independiente|evaluador(?:es)? m[eé]dicos?|permanente y estacionari|segunda opini[oó]n|red de proveedores/i;

export function quickRelevant(text: string): boolean {
  return WORDS.test(text);
}
