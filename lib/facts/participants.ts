// Countries whose institutions or officials took part in the event, apart from countries only
// mentioned: the home country of each participating institution (data/institutions.json), a
// country or demonym joined to a role ("the Danish Ombudsman", "посол Австрии", "Ombudsman of
// Pakistan"), attendance lists ("ombudsmen from Belgium, Estonia and Ireland took part"), the
// people's countries, and for an institution the text leaves unqualified ("the Ombudsman"), the
// site's or the venue's country.
import countries from 'i18n-iso-countries';
import places from '../data/places.json' with { type: 'json' };
import type { Actor, EventType } from '../types.ts';
import type { Sentence } from '../text/sentences.ts';
import { isProse } from '../text/dateline.ts';
import { anchored, lexicon, nhriRegex, termsRegex, trieAlternation } from '../lexicon.ts';
import { ROLE_TERMS } from './actors.ts';
import { findCountries, joinsRoleToCountry, type CountryMention } from './countries.ts';
import { directoryNameAt, findInstitutions, type InstitutionMention } from './institutions.ts';

export interface ParticipantInput {
  title: string;
  sentences: Sentence[];
  /** Bodies found in the text (index in the text) and in the headline only (index -1). */
  institutions: InstitutionMention[];
  actors: Actor[];
  language: string;
  eventType: EventType;
  url: string;
  venueCountry: string | null;
}

/** The event is told in the first sentences; later ones add background. */
const LEAD_SENTENCES = 6;
/** Attendance lists may come a little later ("Teilgenommen haben ... aus Albanien, Armenien, ..."). */
const LIST_SENTENCES = 10;
const MIN_LIST = 3;

// Who acts for a country: ombudsman and NHRI terms, roles, and the bodies and posts of diplomacy.
const ACTOR_TERMS = termsRegex([
  ...lexicon.nhri,
  ...ROLE_TERMS,
  'delegation\\p{L}*', 'делегац\\p{L}*', 'nümayəndə\\p{L}*', 'heyə?t\\p{L}*', 'delegaci\\p{L}*', 'délégation\\p{L}*', 'delegasi', 'rombongan',
  'embass\\p{L}*', 'посольств\\p{L}*', 'səfirli\\p{L}*', 'büyükelçili\\p{L}*', 'embajada', 'ambassade', 'botschaft', 'kedutaan\\p{L}*', 'velvyslanectv\\p{L}*',
  'ambassador\\p{L}*', 'посол\\p{L}*', 'посл(?:а|у|ом|ы|ов|ам|ами)', 'səfir\\p{L}*', 'büyükelçi\\p{L}*', 'embajador\\p{L}*', 'ambassadeur\\p{L}*', 'botschafter\\p{L}*', 'duta besar', 'velvyslan\\p{L}*',
  'counterpart\\p{L}*', 'homólog\\p{L}*', 'par', 'homologue\\p{L}*', 'коллег\\p{L}*', 'колег\\p{L}*', 'həmkar\\p{L}*', 'mevkida\\p{L}*', 'amtskolleg\\p{L}*', 'sejawat',
  'ministr\\p{L}*', 'министр\\p{L}*', 'міністр\\p{L}*', 'nazir\\p{L}*', 'bakan\\p{L}*', 'minist\\p{L}*', 'kementerian', 'menteri',
  'institut\\p{L}*', 'институт\\p{L}*', 'інституц\\p{L}*', 'təsisat\\p{L}*', 'kurum\\p{L}*', 'lembaga', 'instituci\\p{L}*',
  'parliament\\p{L}*', 'парламент\\p{L}*', 'parlament\\p{L}*', 'meclis\\p{L}*', 'məclis\\p{L}*', 'deputies', 'депутат\\p{L}*',
  'commission\\p{L}*', 'комисси\\p{L}*', 'komisi', 'comisi\\p{L}*', 'kommission', 'council', 'совет\\p{L}*', 'consejo', 'conseil',
  'médiat\\p{L}*', 'defensor\\p{L}*', 'provedor\\p{L}*', 'defensoría', 'procurador\\p{L}*', 'уполномоченн\\p{L}*', 'уповноважен\\p{L}*', 'müvəkkil\\p{L}*', 'başdenetçi\\p{L}*', 'akyikatchy', 'акыйкатчы',
]);
const NEAR_BEFORE = 45; // role ... country
const NEAR_AFTER = 40; // country ... role
// Words that put a sentence beside the event: a recalled past event, the next meeting, a
// predecessor, a past office.
const ASIDE = termsRegex([
  'recall\\p{L}*', 'напомн\\p{L}*', 'нагада\\p{L}*', 'xatırlad\\p{L}*', 'hatırlat\\p{L}*', 'record(?:ó|ar|aron|amos|emos|ando)', 'rappelons', 'erinner\\p{L}*', 'připom\\p{L}*',
  'next (?:\\p{L}+ )?(?:meeting|session|assembly|conference|congress|summit|forum|board|round|year)\\p{L}*', 'upcoming', 'predecessor\\p{L}*', 'succeed\\p{L}*', 'former\\p{L}*', 'previously', 'formerly',
  'следующ\\p{L}*', 'предшественни\\p{L}*', 'бывш\\p{L}*', 'наступн\\p{L}*', 'попередни\\p{L}*', 'колишн\\p{L}*',
  'növbəti', 'sələf\\p{L}*', 'sonraki', 'gelecek', 'önceki', 'selef\\p{L}*',
  'próxim\\p{L}*', 'suced\\p{L}*', 'predecesor\\p{L}*', 'anterior\\p{L}*', 'expresident\\p{L}*',
  'prochain\\p{L}*', 'succède', 'prédécesseur\\p{L}*', 'ancien\\p{L}*',
  'nächste\\p{L}*', 'vorgänger\\p{L}*', 'ehemalig\\p{L}*',
  'berikutnya', 'mendatang', 'sebelumnya', 'mantan',
  'příští\\p{L}*', 'předchůdc\\p{L}*', 'bývalý\\p{L}*',
  'القادم\\p{L}*', 'المقبل\\p{L}*', 'السابق\\p{L}*',
], 'iu');
// A sentence that says who took part ("took part", "participated", "teilgenommen", "katıldı",
// "بمشاركة"): data/lexicon.json's attendance words.
const ATTENDANCE = termsRegex(lexicon.attendance, 'iu');
const PLURAL = /(?:men|mans|s|ы|ов|ів|и|lar|lər|leute)$/iu;
// Terms whose head noun comes first ("commissioner for human rights", "Défenseur des droits").
const HEAD_FIRST = /\s(?:of|for|des?|del|du|po|по|з|üzrə|di|do|da)\s/iu;

/** "ombudsmen", "national human rights institutions": the term names several bodies. */
function isPlural(term: string): boolean {
  const words = term.split(/\s+/);
  return PLURAL.test(HEAD_FIRST.test(term) ? words[0]! : words.at(-1)!);
}
const NHRI_ONE = nhriRegex('iu');
// Country-code domains used as generic ones.
const GENERIC_TLD = new Set(['tv', 'me', 'io', 'co', 'ai', 'fm', 'cc', 'ws', 'to', 'eu', 'su', 'ly', 'gg', 'am']);

// Regions whose bodies count for their state (Catalonia -> ES, Tatarstan -> RU, Québec -> CA).
const REGION_FORMS = places.regions
  .flatMap((r) => r.forms.map((form) => ({ form, code: r.countryCode })))
  .sort((a, b) => b.form.length - a.form.length);
const REGION_RE = new RegExp(`(?<![\\p{L}\\p{N}])${trieAlternation(REGION_FORMS.map((f) => f.form))}\\p{L}{0,5}(?![\\p{L}\\p{N}])`, 'gu');

function findRegions(text: string): CountryMention[] {
  return [...text.matchAll(REGION_RE)].map((m) => ({
    code: REGION_FORMS.find((f) => anchored(f.form).test(m[0]))!.code,
    text: m[0],
    index: m.index ?? 0,
  }));
}

/** Countries and regions named in a piece of text, in order. */
function placesIn(text: string, language: string): CountryMention[] {
  return [...findCountries(text, language), ...findRegions(text)].sort((a, b) => a.index - b.index);
}

// International bodies whose office or post is named after the country it sits in.
const INTERNATIONAL_BODY =
  "(?:UN|U\\.N\\.|United Nations|ООН|BMT|BM|ONU|PBB|OSN|UNICEF|ЮНИСЕФ|UNHCR|УВКБ|UNDP|ПРООН|OHCHR|УВКПЧ|ACNUDH|HCDH|OSCE|ОБСЕ|ATƏT|AGİT|ODIHR|EU|European Union|ЕС|Евросоюз\\p{L}*|AB|UE|IOM|МОМ|ICRC|МККК|OIC|ОИС|İƏT|İİT|Council of Europe|Совет\\p{L}* Европы|Avropa Şurası)";
// Just before a role ("UNHCR Representative in Turkey") or between a role and the country ("Head of the OSCE Office in Armenia").
const INTERNATIONAL_BEFORE = new RegExp(`(?<![\\p{L}])${INTERNATIONAL_BODY}[’']?s?\\s+(?:\\p{L}+\\s+){0,2}$`, 'u');
const INTERNATIONAL_BETWEEN = new RegExp(`(?<![\\p{L}])${INTERNATIONAL_BODY}(?![\\p{L}])`, 'u');
// After the country only names stand before its role: "Pakistani embassy", "Gürcüstanın İctimai
// Müdafiəçisi", "Scotland's Children and Young People's Commissioner" (a small word only between capitals).
const NAMES_ONLY = /^(?:\s|&|[’']s(?!\p{L})|\p{Lu}[\p{L}’'.-]*|(?<=\p{L})\s+(?:and|of|for)(?=\s+\p{Lu}))*$/u;
// "the ombudsmen of Kazakhstan and Kyrgyzstan": a second country joined to the first.
const PAIR = /^\s*(?:and|&|und|et|y|e|и|і|та|və|ve|dan|a|و)\s+(?:the\s+|la\s+|le\s+|el\s+)?$/iu;

/**
 * A role or institution stands next to the country, joined only by names and small words. Through
 * other countries only as a pair: "partners of Turkey, Poland, Russia and Ukraine" lists whom the
 * text talks about; attendance lists are read apart.
 */
function joinedToRole(text: string, c: CountryMention, all: CountryMention[]): boolean {
  const end = c.index + c.text.length;
  // Other countries on the way: none, or one joined to this one by "and".
  const paired = (from: number, to: number, gap: (o: CountryMention) => string) => {
    const others = all.filter((o) => o !== c && o.index >= from && o.index < to);
    return others.length === 0 || (others.length === 1 && PAIR.test(gap(others[0]!)));
  };
  const from = Math.max(0, c.index - NEAR_BEFORE - 40);
  for (const m of text.slice(from, c.index).matchAll(ACTOR_TERMS)) {
    // "UNHCR Representative in Turkey": people of international bodies represent no country.
    if (INTERNATIONAL_BEFORE.test(text.slice(Math.max(0, from + (m.index ?? 0) - 30), from + (m.index ?? 0)))) continue;
    const start = from + (m.index ?? 0) + m[0].length;
    const between = text.slice(start, c.index);
    if (between.length <= NEAR_BEFORE && joinsRoleToCountry(between) && !INTERNATIONAL_BETWEEN.test(between) && paired(start, c.index, (o) => text.slice(o.index + o.text.length, c.index))) return true;
  }
  const after = text.slice(end, end + NEAR_AFTER + 40);
  for (const m of after.matchAll(ACTOR_TERMS)) {
    const between = after.slice(0, m.index ?? 0);
    if (between.length <= NEAR_AFTER && NAMES_ONLY.test(between) && paired(end, end + between.length, (o) => text.slice(end, o.index))) return true;
  }
  return false;
}

/** The country of the site's domain (defensordelpueblo.es, oco.ie), if it is a country's. */
function siteCountry(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const tld = host.split('.').at(-1) ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_TLD.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return countries.isValid(code) ? code : null;
}

/**
 * Whether the institution the report is about goes unqualified ("The Ombudsman, Ángel Gabilondo,
 * received ...", "Defensoría del Pueblo"): the first ombudsman term of the lead sentence, else of
 * the headline, names no country and no body of the directory, and is not a plural ("ombudsmen of Asia").
 */
function subjectUnqualified(texts: string[], language: string): boolean {
  for (const text of texts) {
    const m = text.match(NHRI_ONE);
    if (!m) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // Whose it is: a country or region joined to it ("Defensor del Pueblo de la provincia de Santa Fe").
    const qualified =
      findInstitutions(text, language).some((i) => i.index === at && i.countryCode) ||
      placesIn(text, language).some((c) => c.index >= end && c.index - end <= NEAR_BEFORE && joinsRoleToCountry(text.slice(end, c.index)));
    return !isPlural(m[0]) && !qualified && !directoryNameAt(text, at);
  }
  return false;
}

// Between two countries of one list: a comma or "and" in the lexicon's languages, then articles
// and prepositions ("du Mali, du Niger et du Togo", "aus Albanien, Armenien", "مصر والمغرب").
const LIST_GAP = new RegExp(
  `^\\s*(?:[,;]|[,;]?\\s*(?:and|as well as|&|und|sowie|et|ainsi que|y|así como|e|и|а также|і|та|а також|və|ve|ile|dan|serta|a|و)(?![\\p{L}]))?\\s*(?:(?:the|la|le|les|el|los|las|l['’]|du|de|des|del|d['’]|der|dem|den|aus|von|from|of|z|ze|из|с|з|із|dari|و)(?:\\s+|(?<=['’]|و)))*$`,
  'iu',
);

/**
 * Runs of countries joined only by commas, "and" and articles, with three or more countries in
 * them: an attendance list counts each of its countries, not every country of the sentence.
 */
function listsIn(text: string, language: string): CountryMention[][] {
  const runs: CountryMention[][] = [];
  let run: CountryMention[] = [];
  for (const c of placesIn(text, language)) {
    const last = run.at(-1);
    if (last && LIST_GAP.test(text.slice(last.index + last.text.length, c.index))) run.push(c);
    else {
      runs.push(run);
      run = [c];
    }
  }
  runs.push(run);
  return runs.filter((r) => new Set(r.map((c) => c.code)).size >= MIN_LIST);
}

/** A sentence about something beside the reported event (see ASIDE). */
export function isAside(sentence: string): boolean {
  return ASIDE.test(sentence);
}

export function findParticipants(input: ParticipantInput): string[] {
  const { title, sentences, institutions, actors, language, eventType } = input;
  const codes = new Set(actors.map((a) => a.countryCode).filter((c): c is string => Boolean(c)));
  const lead = sentences.slice(0, LEAD_SENTENCES);
  const leadEnd = lead.length ? lead.at(-1)!.index + lead.at(-1)!.text.length : 0;
  // Only the lead and the attendance lists are read: later sentences need not be checked.
  const asides = sentences.slice(0, Math.max(LEAD_SENTENCES, LIST_SENTENCES)).filter((s, n) => n > 0 && isAside(s.text));
  const inAside = (index: number) => asides.some((s) => s.index <= index && index < s.index + s.text.length);

  // Attendance: a sentence that says who took part, with three or more countries in a list, or
  // countries joined to the bodies it names ("Delegations came from the Commission on Human Rights
  // of the Philippines, the Human Rights Commission of Malaysia, ..."). At a signing, the parties
  // are the signatories, not the audience of the wider event.
  const attending = sentences
    .slice(0, LIST_SENTENCES)
    .filter((s) => !asides.includes(s) && ATTENDANCE.test(s.text))
    .map((s) => ({ s, listed: listsIn(s.text, language).flat() }));
  const lists = attending.filter((a) => a.listed.length > 0).map((a) => a.s);
  if (eventType !== 'agreement_signing') {
    for (const { s, listed } of attending) {
      listed.forEach((c) => codes.add(c.code));
      // Beside the list, a country joined to a role ("the Polish Ombudsman hosted ombudsmen from ...").
      const all = placesIn(s.text, language);
      for (const c of all) if (!listed.some((l) => l.index === c.index) && joinedToRole(s.text, c, all)) codes.add(c.code);
    }
  }
  const inList = (index: number) => lists.some((s) => s.index <= index && index < s.index + s.text.length);

  // Institutions with a home country, named in the headline or the lead.
  const titleBodies = findInstitutions(title, language);
  const national = [...titleBodies.map((i) => ({ ...i, index: -1 })), ...institutions.filter((i) => i.index >= 0 && i.index < leadEnd && !inAside(i.index) && !inList(i.index))].filter(
    (i) => i.countryCode && i.kind !== 'un' && i.kind !== 'intergovernmental',
  );
  for (const i of national) codes.add(i.countryCode!);

  // Countries or regions joined to a role in the headline and the lead (a headline may name only
  // what the event is about: "Ombudsman condemns Armenia's ...", "... rights of Ukrainian refugees").
  const inTitle = placesIn(title, language);
  for (const c of inTitle) if (joinedToRole(title, c, inTitle)) codes.add(c.code);
  for (const s of lead) {
    if (asides.includes(s) || lists.includes(s)) continue;
    const all = placesIn(s.text, language);
    for (const c of all) if (joinedToRole(s.text, c, all)) codes.add(c.code);
  }

  // "The Ombudsman" with no country anywhere near: the site's own institution (unless the lead
  // names a national one, which an outlet abroad may be reporting on), else the host's.
  const prose = lead.map((s) => s.text).filter(isProse);
  if (subjectUnqualified([prose[0] ?? '', title, prose[1] ?? ''], language)) {
    const named = national.some((i) => i.kind === 'ombudsman_nhri');
    const home = (named ? null : siteCountry(input.url)) ?? input.venueCountry;
    if (home) codes.add(home);
  }
  return [...codes];
}
