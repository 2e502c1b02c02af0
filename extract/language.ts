// Which language a document is in: counts frequent function words (cheap, good enough for letters).
const ES = /\b(?:el|la|los|las|de|del|que|por|para|una|su|sus|usted|fecha|solicitud|decisi[oó]n|tratamiento|m[eé]dic[oa]|trabajador|es|con|se)\b/gi;
const EN = /\b(?:the|of|and|to|for|your|you|this|that|is|are|was|with|date|request|decision|treatment|medical|on|by)\b/gi;

export function detectLanguage(text: string): 'en' | 'es' {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const es = sample.match(ES)?.length ?? 0;
  const en = sample.match(EN)?.length ?? 0;
  return es > en * 1.2 ? 'es' : 'en';
}
