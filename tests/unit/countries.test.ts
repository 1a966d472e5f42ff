import { describe, expect, it } from 'vitest';
import { findCountries } from '../../lib/facts/countries.ts';
import { findInstitutions } from '../../lib/facts/institutions.ts';
import { findParticipants, type ParticipantInput } from '../../lib/facts/participants.ts';
import { sentences } from '../../lib/text/sentences.ts';
import type { EventType } from '../../lib/types.ts';

const codes = (text: string, language: string) => findCountries(text, language).map((c) => c.code);

describe('findCountries', () => {
  it('reads the case endings of short Russian names', () => {
    expect(codes('Делегации Ирана, Ираке и Китая прибыли из Индии.', 'ru')).toEqual(['IR', 'IQ', 'CN', 'IN']);
    expect(codes('Омбудсмены Франции и Бельгии', 'ru')).toEqual(['FR', 'BE']);
  });

  it('does not stretch a short whole name into another word', () => {
    expect(codes('Кубань и Куба', 'ru')).toEqual(['CU']);
    expect(codes('Malik Ahmed visited Mali.', 'en')).toEqual(['ML']);
  });

  it('reads Turkish and Azerbaijani suffixes and Czech cases', () => {
    expect(codes("Türkiye'nin ve Gürcüstanın ombudsmanları", 'az')).toEqual(['TR', 'GE']);
    expect(codes('Ombudsmani z Polska a Rakouska jednali v Česku.', 'cs')).toEqual(['PL', 'AT', 'CZ']);
  });

  it('reads a language’s own adjectives only in that language', () => {
    expect(codes('украинский омбудсмен и российская сторона', 'ru')).toEqual(['UA', 'RU']);
    expect(codes('Die albanische Ombudsfrau traf die österreichische Delegation.', 'de')).toEqual(['AL', 'AT']);
    // "belge" is a Turkish word for document, not Belgium.
    expect(codes('Kurum bu belge ile başvurdu.', 'tr')).toEqual([]);
  });

  it('reads Arabic names with a preposition glued on', () => {
    expect(codes('وفد من اللجنة الوطنية بموريتانيا والمغرب', 'ar')).toEqual(['MR', 'MA']);
  });

  it('takes either apostrophe', () => {
    expect(codes('le Sénégal et la Côte d’Ivoire', 'fr')).toEqual(['SN', 'CI']);
  });

  it('leaves out a country name that ends a person’s name', () => {
    expect(codes('El procurador, Rigoberto González Montenegro, firmó con Colombia.', 'es')).toEqual(['CO']);
    expect(codes('The Ombudsman of Montenegro met the Ombudsman of Serbia.', 'en')).toEqual(['ME', 'RS']);
  });

  it('does not read the Spanish adjective of the Americas as the United States', () => {
    expect(codes('la Red del Continente Americano', 'es')).toEqual([]);
  });
});

describe('findInstitutions', () => {
  it('knows national institutions by their own names', () => {
    const home = (text: string, language: string) => findInstitutions(text, language).map((i) => i.countryCode);
    expect(home('Der Volksanwalt und die Volksanwaltschaft luden ein.', 'de')).toContain('AT');
    expect(home('Kamu Başdenetçisi toplantıya katıldı.', 'tr')).toEqual(['TR']);
    expect(home('Veřejná ochránkyně práv navštívila věznici.', 'cs')).toEqual(['CZ']);
    expect(home('Komisi Nasional Hak Asasi Manusia menerima laporan.', 'id')).toEqual(['ID']);
    expect(home('The Inspectorate of Government signed an MoU.', 'en')).toEqual(['UG']);
  });

  it('reads an alias that several countries\' bodies share as this body only where its country is named', () => {
    const home = (text: string, language: string) => findInstitutions(text, language).map((i) => i.countryCode);
    // Mauritania's, Togo's and Mexico's bodies are CNDH too; French "INDH" is any national institution.
    expect(home('Le forum des INDH du Sahel, organisé par la CNDH, s’est ouvert à Nouakchott.', 'fr')).not.toContain('MA');
    expect(home('Le forum des INDH du Sahel, organisé par la CNDH, s’est ouvert à Nouakchott.', 'fr')).not.toContain('CL');
    expect(home('La présidente du CNDH a reçu à Rabat une délégation ; le Maroc accueillera le forum.', 'fr')).toContain('MA');
    // A city of its country names it too; Arabic's comma ends a name.
    expect(home('استقبلت رئيسة المجلس الوطني لحقوق الإنسان، اليوم بمقر المجلس بالرباط، وفدا من موريتانيا.', 'ar')).toContain('MA');
    // An alias of its own names it anywhere.
    expect(home('Le Conseil national des droits de l’Homme du Maroc (CNDH) a publié son rapport.', 'fr')).toContain('MA');
    expect(home('El Instituto Nacional de Derechos Humanos de Chile (INDH) presentó su informe.', 'es')).toContain('CL');
  });

  it('does not join an ombudsman to a country across a clause', () => {
    const found = findInstitutions('Tras la cumbre en Quito, Ecuador, visitó la Defensoría del Pueblo de Colombia.', 'es');
    expect(found.map((i) => i.countryCode)).toEqual(['CO']);
  });
});

function input(title: string, text: string, options: Partial<ParticipantInput> & { eventType?: EventType } = {}): ParticipantInput {
  const language = options.language ?? 'en';
  const institutions = [...findInstitutions(text, language)];
  return {
    title,
    sentences: sentences(text),
    institutions,
    actors: [],
    language,
    eventType: 'meeting',
    url: 'https://news.example/story',
    venueCountry: null,
    ...options,
  };
}

const participants = (title: string, text: string, options: Partial<ParticipantInput> = {}) => findParticipants(input(title, text, options)).sort();

describe('findParticipants', () => {
  it('takes the home country of a domestic institution the text does not name a country for', () => {
    expect(participants('Volksanwaltschaft empfängt Gäste', 'Die Volksanwaltschaft empfing am Montag eine Delegation von Studierenden aus der Region.', { language: 'de' })).toEqual(['AT']);
    expect(participants('Komnas HAM terima aduan', 'Komnas HAM menerima aduan dari warga desa pada hari Senin di kantornya.', { language: 'id' })).toEqual(['ID']);
  });

  it('counts a demonym or country joined to a role, not a country only talked about', () => {
    const text =
      'The Danish Parliamentary Ombudsman received the Ambassador of Peru on Monday. The Ombudsman also spoke about the situation of refugees from Syria and the crisis in Sudan.';
    expect(participants('Ombudsman meets ambassador', text)).toEqual(['DK', 'PE']);
  });

  it('reads inflected Russian names beside a role', () => {
    const text = 'Уполномоченный по правам человека в Республике Казахстан встретился с послом Ирана и обсудил положение мигрантов из Афганистана в стране.';
    expect(participants('Встреча с послом', text, { language: 'ru' })).toEqual(['IR', 'KZ']);
  });

  it('counts every country of an attendance list', () => {
    const text =
      'The regional meeting of ombudsmen opened on Tuesday. Ombudsmen of Poland, Belgium, Estonia and Lithuania took part in the discussion on prison monitoring.';
    expect(participants('Regional ombudsman meeting', text, { eventType: 'conference' })).toEqual(['BE', 'EE', 'LT', 'PL']);
  });

  it('does not count the audience of a wider conference as the parties of a signing', () => {
    const text =
      'The Ombudsman of Georgia and the Ombudsman of Armenia signed a memorandum. Ombudsmen of Poland, Belgium, Estonia and Lithuania attended the conference.';
    expect(participants('Memorandum signed', text, { eventType: 'agreement_signing' })).toEqual(['AM', 'GE']);
  });

  it('leaves out the next meeting’s host and a predecessor', () => {
    const text =
      'The Public Defender of Georgia hosted the board meeting on Friday. The next meeting will be hosted by the Ombudsman of Lithuania in Vilnius. She succeeds the Ombudsman of Portugal as chair.';
    expect(participants('Board meets in Tbilisi', text)).toEqual(['GE']);
  });

  it('counts a region’s ombudsman for its state', () => {
    const text = 'El Defensor del Pueblo de la provincia de Santa Fe firmó un convenio con su par de Colombia en Bogotá durante una visita oficial.';
    expect(participants('Convenio firmado', text, { language: 'es' })).toEqual(['AR', 'CO']);
  });

  it('gives an unqualified ombudsman the site’s country, else the venue’s', () => {
    const text = 'The Ombudsman, Jane Doe, received a delegation of students at the office on Wednesday to discuss complaints.';
    expect(participants('Ombudsman receives students', text, { url: 'https://www.ombudsman.ie/news/1' })).toEqual(['IE']);
    expect(participants('Ombudsman receives students', text, { venueCountry: 'PE' })).toEqual(['PE']);
    expect(participants('Ombudsman receives students', text)).toEqual([]);
  });

  it('does not give a home country to ombudsmen in general or to an association', () => {
    const text = 'The annual board meeting of the Asian Ombudsman Association was held in Tehran with the aim of helping Asian ombudsmen.';
    expect(participants('Asian Ombudsman Association board meeting', text, { venueCountry: 'IR', url: 'https://www.acrc.go.kr/x' })).toEqual([]);
  });
});

describe('findParticipants with several countries', () => {
  it('joins a pair of countries to one role, not a list of partners', () => {
    expect(participants('Meeting held', 'The Kazakh and Kyrgyz ombudsmen met at the border crossing on Friday to discuss migrant workers.')).toEqual(['KG', 'KZ']);
    const text =
      'The Commissioner met the students on Friday. She noted that the office has agreements with the ombudsman institutions of Turkey, Poland, Russia and Ukraine.';
    expect(participants('Commissioner meets students', text)).not.toContain('RU');
  });
});

describe('findParticipants and international bodies', () => {
  it('adds no country for the office of an international body', () => {
    const text = 'The Ombudsman of Georgia met the UNHCR Representative in Turkey and the Head of the OSCE Office in Armenia on Monday.';
    expect(participants('Public Defender meets UN officials', text)).toEqual(['GE']);
  });
});

describe('findParticipants and the headline', () => {
  it('counts a headline country joined to a role, not the subject of the story', () => {
    const text = 'The Commissioner for Human Rights met representatives of the UN Refugee Agency on Monday to discuss housing.';
    expect(participants('Ombudsman discusses rights of Ukrainian refugees with UNHCR', text)).toEqual([]);
    expect(participants('Ombudsman meets Japanese delegation', text)).toEqual(['JP']);
  });
});

describe('findParticipants and attendance lists across languages', () => {
  const conference = (language: string) => ({ language, eventType: 'conference' as EventType });
  const lead = (text: string) => `The event opened on Tuesday. ${text}`;

  it('counts each listed country, with articles and prepositions before the names', () => {
    const fr = "La formation s'est ouverte mardi. Des médiateurs du Bénin, du Burkina Faso, du Cameroun, de Côte d'Ivoire, du Mali, du Niger et du Togo ont participé à la formation.";
    expect(participants('Formation des médiateurs', fr, conference('fr'))).toEqual(['BF', 'BJ', 'CI', 'CM', 'ML', 'NE', 'TG']);
    expect(participants('Encuentro regional', 'El encuentro comenzó el martes. Participaron defensores de Argentina, Chile, Perú y Bolivia.', conference('es'))).toEqual(['AR', 'BO', 'CL', 'PE']);
    expect(participants('Tagung', 'Die Tagung begann am Dienstag. Ombudsleute aus Österreich, Ungarn und Polen nahmen teil.', conference('de'))).toEqual(['AT', 'HU', 'PL']);
    expect(participants('Representatives meet', lead('Representatives of Kenya, Uganda and Tanzania attended.'), conference('en'))).toEqual(['KE', 'TZ', 'UG']);
  });

  it('counts the countries of the bodies an attendance sentence names, with no plain list of countries', () => {
    // After the six sentences of the lead, where only attendance sentences are read.
    const opening = 'The forum met for three days. It adopted a plan. It discussed climate change. It heard the director. Speakers were many. ';
    const text = lead(opening + 'Delegations came from the Human Rights Commission of Kenya, the Office of the Ombudsman of Fiji and Timor-Leste’s Provedor for Human Rights. The chair of the Ombudsman of Tonga presided.');
    expect(participants('Annual meeting closes', text, conference('en'))).toEqual(['FJ', 'KE', 'TL', 'TO']);
  });

  it('joins a region to a role named in title case, and counts the region for its state', () => {
    const statement = { language: 'en', eventType: 'statement' as EventType };
    expect(participants('Commissioner warns', "Wales's Children and Young People's Commissioner used the day to warn about waiting lists.", statement)).toEqual(['GB']);
    expect(participants('Ombudsman warns', 'Wales and the Ombudsman of Malta discussed waiting lists at length.', statement)).toEqual(['MT']);
    expect(participants('Ombudsman meets', 'The Ombudsman of South Tyrol met the Ombudsman of Gagauzia in Bolzano.', { language: 'en', eventType: 'meeting' as EventType })).toEqual(['IT', 'MD']);
  });

  it('reads "took part" as the French, Spanish and German say it', () => {
    expect(participants('Formation', "La formation s'est ouverte mardi. Des collaborateurs des médiateurs du Gabon, du Tchad et de Djibouti y ont pris part.", conference('fr'))).toEqual(['DJ', 'GA', 'TD']);
    expect(participants('Taller', 'El taller comenzó el martes. Tomaron parte funcionarios de las defensorías de Honduras, Panamá y Guatemala.', conference('es'))).toEqual(['GT', 'HN', 'PA']);
    expect(participants('Tagung', 'Die Tagung begann am Dienstag. An ihr nahm auch der Ombudsmann Norwegens teil, ebenso die Ombudsfrau aus Dänemark.', conference('de'))).toEqual(['DK', 'NO']);
  });

  it('reads "brought together" as an attendance', () => {
    expect(participants('Forum', 'Le forum s’est ouvert mardi. Il réunit les commissions nationales du Mali, du Niger et de la Gambie.', conference('fr'))).toEqual(['GM', 'ML', 'NE']);
    expect(participants('Foro', 'El foro comenzó el martes. Reunió a las defensorías de Honduras, Panamá y Guatemala.', conference('es'))).toEqual(['GT', 'HN', 'PA']);
    expect(participants('Forum', 'The forum opened on Tuesday. It brought together the commissions of Kenya, Uganda and Rwanda.', conference('en'))).toEqual(['KE', 'RW', 'UG']);
    expect(participants('Форум', 'Форум открылся во вторник. Он собрал омбудсменов Казахстана, Кыргызстана и Таджикистана.', conference('ru'))).toEqual(['KG', 'KZ', 'TJ']);
  });

  it('reads lists in Russian, Ukrainian, Czech, Azerbaijani, Turkish and Indonesian', () => {
    expect(participants('Семинар', 'Семинар открылся во вторник. В семинаре приняли участие омбудсмены Казахстана, Кыргызстана и Таджикистана.', conference('ru'))).toEqual(['KG', 'KZ', 'TJ']);
    expect(participants('Семінар', 'Семінар відкрився у вівторок. У заході взяли участь омбудсмени Польщі, Литви та Латвії.', conference('uk'))).toEqual(['LT', 'LV', 'PL']);
    expect(participants('Seminář', 'Seminář začal v úterý. Semináře se účastnili ombudsmani z Polska, Slovenska a Maďarska.', conference('cs'))).toEqual(['HU', 'PL', 'SK']);
    expect(participants('Tədbir', 'Tədbir çərşənbə axşamı başladı. Tədbirdə Türkiyə, Gürcüstan və Qazaxıstan ombudsmanları iştirak etdi.', conference('az'))).toEqual(['GE', 'KZ', 'TR']);
    expect(participants('Toplantı', 'Toplantı salı günü başladı. Toplantıya Azerbaycan, Gürcistan ve Kazakistan ombudsmanları katıldı.', conference('tr'))).toEqual(['AZ', 'GE', 'KZ']);
    expect(participants('Pertemuan', 'Pertemuan dimulai hari Selasa. Pertemuan dihadiri perwakilan Malaysia, Thailand dan Filipina.', conference('id'))).toEqual(['MY', 'PH', 'TH']);
  });

  it('reads an Arabic list with the conjunction glued to the names', () => {
    const ar = 'افتتح المؤتمر يوم الثلاثاء. عقد المؤتمر بمشاركة وفود من مصر والمغرب وسلطنة عمان وموريتانيا.';
    expect(participants('مؤتمر', ar, conference('ar'))).toEqual(['EG', 'MA', 'MR', 'OM']);
  });

  it('counts the list, not a country the attendees talked about', () => {
    const text = lead('Ombudsmen of Kenya, Uganda and Tanzania attended a seminar on refugees from Sudan.');
    expect(participants('Seminar on refugees', text, conference('en'))).toEqual(['KE', 'TZ', 'UG']);
  });

  it('does not count a list of countries merely discussed', () => {
    expect(participants('Report published', lead('The report covers Mali, Niger and Chad.'), conference('en'))).toEqual([]);
    expect(participants('Rapport publié', "L'événement a commencé mardi. Le rapport porte sur le Mali, le Niger et le Tchad.", conference('fr'))).toEqual([]);
  });

  it('sets aside a recalled list', () => {
    const text = lead('The Ombudsman recalled that ombudsmen of Mali, Niger and Chad took part in the first meeting.');
    expect(participants('Ombudsman speaks', text, conference('en'))).toEqual([]);
  });
});
