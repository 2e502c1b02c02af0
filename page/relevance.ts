// Used only until extract/ exports quickRelevant(): the same idea, a cheap word test before any DOM walk.
const WORDS = /utilization review|independent medical review|\bIMR\b|\bQME\b|qualified medical evaluator|maximum medical improvement|permanent and stationary|medical provider network|\bMPN\b|revisi[oó]n de utilizaci[oó]n|evaluador m[eé]dico/i;

export function quickRelevantFallback(text: string): boolean {
  return WORDS.test(text);
}
