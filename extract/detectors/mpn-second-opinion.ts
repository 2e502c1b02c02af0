// MPN provider list sent for a second (or third) opinion (8 CCR §9767.7: 60 days from receipt of the list to make
// the appointment). A general MPN notice that only explains second opinions has no list: no notice.
import { ADDRESSED, PROCESS_ONLY } from './common';
import type { Detector } from './types';

const CREDENTIAL = String.raw`(?:M\.D\.|\bMD\b|D\.O\.|\bDO\b|D\.C\.|\bDC\b)`;

export const mpnSecondOpinion: Detector = {
  kind: 'mpn_second_opinion',
  fixtures: ['mpn-second-opinion-list.pdf', 'mpn-second-opinion-es.txt', 'mpn-third-opinion.html'],
  requires: [/second opinion|third opinion|segunda opini[oó]n|tercera opini[oó]n/i, /medical provider network|\bMPN\b|red de proveedores m[eé]dicos/i],
  signals: [
    // "you requested a second opinion" (a request was made), not "you may request a second opinion" (a notice)
    { id: 'opinion', re: /(?:(?<!(?:may|can|could|to|must) )request(?:ed)? (?:for )?(?:a )?|asked for a |your (?:MPN )?)(?:second|third) opinion|(?:second|third) opinion (?:request|provider list|list)|(?:second|third) opinion\s*[:—–-]\s*(?:MPN )?(?:provider|physician|doctor)s? list|\bdisagree(?:s|d)? with (?:your|the) (?:treating |second-opinion )?(?:physician|doctor)['’]?s? (?:opinion|diagnosis|treatment)|solicit[oó] una (?:segunda|tercera) opini[oó]n|su solicitud de (?:una )?(?:segunda|tercera) opini[oó]n|lista de (?:m[eé]dicos|proveedores) para (?:una )?(?:segunda|tercera) opini[oó]n|(?<!\b(?:if|when) you )\bdisagree(?:s|d)? with (?:the|your) (?:diagnosis|treatment(?: plan)?|opinion)\b[^.\n]{0,20}?\b(?:of|from|by) (?:your |the )?(?:treating |MPN )?(?:physician|doctor|Dr\b)|(?<!\bsi (?:usted )?)\b(?:usted )?no (?:est[aá]|estaba) de acuerdo con (?:el|la|los) (?:diagn[oó]stico|tratamiento|opini[oó]n)/i, weight: 0.35 },
    { id: 'mpn', re: /medical provider network|\bMPN\b|red de proveedores m[eé]dicos/i, weight: 0.2 },
    { id: 'list', re: /\b(?:list of|provider list|following (?:MPN )?(?:physicians|providers|doctors)|enclosed (?:is a )?list)|lista de (?:m[eé]dicos|proveedores)/i, weight: 0.15 },
    { id: 'sixty-days', re: /within (?:sixty|60) (?:\(60\) )?days|dentro de (?:los )?(?:sesenta|60) (?:\(60\) )?d[ií]as/i, weight: 0.15 },
    { id: 'providers', re: new RegExp(`${CREDENTIAL}[\\s\\S]{0,400}${CREDENTIAL}`), weight: 0.1 },
    ADDRESSED,
    ...PROCESS_ONLY,
  ],
  threshold: 0.7,
  roles: {
    document_date: 'document_date',
    service_date: 'service_date',
    received_date: 'received_date',
    injury_date: 'injury_date',
    birth_date: 'birth_date',
  },
};
