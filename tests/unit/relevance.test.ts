import { describe, expect, it } from 'vitest';
import { assessRelevance } from '../../lib/relevance/relevance.ts';
import { nhriRegex } from '../../lib/lexicon.ts';

// Headline and a short body, in the shape the extractor hands over.
const page = (title: string, ...paragraphs: string[]) => assessRelevance(title, paragraphs.join('\n'));

describe('assessRelevance: ombudsman and NHRI activity in every language', () => {
  it.each([
    [
      'en',
      'Ombudsman receives the Ambassador of Norway',
      'The Ombudsman, Maria Lind, received the Ambassador of Norway at her office on Monday.',
      'They discussed cooperation between the two human rights institutions and the monitoring of places of detention.',
    ],
    [
      'az',
      'Ombudsman Gürcüstanın ictimai müdafiəçisi ilə görüşüb',
      'İnsan Hüquqları üzrə Müvəkkil (Ombudsman) Gürcüstanın ictimai müdafiəçisi ilə görüşüb.',
      'Görüşdə iki təsisat arasında əməkdaşlığın genişləndirilməsi müzakirə edilib.',
    ],
    [
      'ru',
      'Уполномоченный по правам человека встретилась с делегацией из Казахстана',
      'Уполномоченный по правам человека провела встречу с делегацией омбудсмена Казахстана.',
      'Стороны обсудили сотрудничество и подписали план совместных мероприятий.',
    ],
    [
      'uk',
      'Омбудсман провів онлайн-зустріч з колегами з Молдови',
      'Уповноважений Верховної Ради України з прав людини провів зустріч з Народним адвокатом Молдови.',
      'Сторони обговорили співпрацю щодо захисту прав громадян.',
    ],
    [
      'tr',
      'Kamu Denetçiliği Kurumu ile Üniversite arasında iş birliği protokolü imzalandı',
      'Kamu Başdenetçisi ile rektör arasında iş birliği protokolü imzalandı.',
      'Törende Kamu Denetçiliği Kurumu temsilcileri de hazır bulundu.',
    ],
    [
      'fr',
      'Le Médiateur du Royaume reçoit une délégation du Protecteur du citoyen',
      'Le Médiateur du Royaume a reçu mardi une délégation du Protecteur du citoyen du Québec.',
      'Les deux institutions ont signé une convention de coopération.',
    ],
    [
      'es',
      'La Defensoría del Pueblo firmó un convenio con la universidad',
      'El Defensor del Pueblo firmó un convenio marco de cooperación con la universidad nacional.',
      'El acuerdo prevé talleres de capacitación para funcionarios.',
    ],
    [
      'de',
      'Volksanwaltschaft empfängt Delegation aus Albanien',
      'Die Volksanwaltschaft empfing am Dienstag eine Delegation der albanischen Ombudsfrau.',
      'Bei dem Treffen ging es um die Zusammenarbeit bei Kontrollbesuchen.',
    ],
    [
      'id',
      'Ombudsman RI dan Pemprov tandatangani nota kesepahaman',
      'Ombudsman Republik Indonesia menandatangani nota kesepahaman dengan pemerintah provinsi.',
      'Kerja sama ini mencakup pelatihan pengelolaan pengaduan.',
    ],
    [
      'ar',
      'رئيس المجلس الوطني لحقوق الإنسان يستقبل وفدا من ديوان المظالم',
      'استقبل رئيس المجلس الوطني لحقوق الإنسان وفدا من ديوان المظالم.',
      'وتناول اللقاء سبل تعزيز التعاون بين المؤسستين.',
    ],
    [
      'ar',
      'مفوضية حقوق الإنسان تطالب بمعالجة الاكتظاظ في السجون',
      'طالبت المفوضية العليا لحقوق الإنسان في بيان اليوم بمعالجة الاكتظاظ في السجون بعد زيارات ميدانية.',
      'وقال المركز الوطني لحقوق الإنسان إن فرقه رصدت الأوضاع في مراكز الاحتجاز.',
    ],
    [
      'de',
      'Workshop der nationalen Menschenrechtsinstitution für die Polizei',
      'Die nationale Menschenrechtsinstitution führte am Mittwoch einen Workshop für die Polizei durch.',
      'Im Mittelpunkt stand der Umgang mit Hassrede im Internet.',
    ],
    [
      'cs',
      'Veřejná ochránkyně práv jednala s delegací slovenského ombudsmana',
      'Veřejná ochránkyně práv přijala delegaci slovenského ombudsmana.',
      'Na setkání projednali spolupráci při návštěvách zařízení.',
    ],
  ])('%s: recognises the activity', (_lang, title, ...body) => {
    const r = page(title, ...body);
    expect(r.isRelevant, r.reasons.join(' | ')).toBe(true);
    expect(r.reasons.some((x) => x.includes('headline names the institution'))).toBe(true);
  });

  it('recognises an activity reported without the institution in the headline, from the mentions and verbs', () => {
    const r = page(
      'Sabina Aliyeva received a delegation from Türkiye',
      'The Ombudsman received the delegation of the Human Rights and Equality Institution of Türkiye.',
      'The Ombudsman and the delegation visited the memorial, then met at the Office of the Ombudsman.',
      'The Ombudsman spoke about cooperation between the two institutions.',
    );
    expect(r.isRelevant, r.reasons.join(' | ')).toBe(true);
  });

  it('counts taking up a presidency in an association as an activity, not as an election to the post', () => {
    const r = page(
      'La Defensoría de los Habitantes asume la presidencia de la FIO',
      'La defensora de los Habitantes asumió la presidencia de la Federación Iberoamericana del Ombudsman.',
    );
    expect(r.isRelevant, r.reasons.join(' | ')).toBe(true);
  });

  it('says why, in words a person can read', () => {
    const r = page('Ombudsman meets the Ambassador of Japan', 'The Ombudsman met the Ambassador and discussed cooperation.');
    expect(r.reasons[0]).toMatch(/^reads as ombudsman\/NHRI activity \(score [\d.]+\)$/);
    expect(r.reasons).toContain('the headline names the institution ("Ombudsman")');
    expect(r.reasons.join(' ')).toMatch(/it reports an activity \(meets, met, discussed, cooperation\)/);
  });
});

describe('assessRelevance: hard negatives', () => {
  it.each([
    [
      'a banking ombudsman, and the bare "ombudsman" that refers back to it',
      'Customer wins refund over card fraud',
      'The customer complained to the Banking Ombudsman after the bank refused a refund.',
      'The ombudsman found for the customer, and the ombudsman ordered the bank to pay. The bank said it would appeal.',
    ],
    [
      'an ombudsman for financial services',
      'Ombudsman for Financial Services reports record complaints',
      'The Ombudsman for Financial Services published its annual report with a record number of complaints.',
    ],
    [
      'a German banks’ ombudsman',
      'Ombudsmann der privaten Banken legt Jahresbericht vor',
      'Der Ombudsmann der privaten Banken hat im vergangenen Jahr mehr Beschwerden erhalten. Der Ombudsmann traf Vertreter der Verbraucherzentralen.',
    ],
    ['an energy and water ombudsman', 'Energy and Water Ombudsman meets retailers', 'The Energy and Water Ombudsman met retailers to discuss disconnections.'],
    ['a press ombudsman', 'Press Ombudsman rules against newspaper', 'The Press Ombudsman upheld a complaint about a headline and met the editors.'],
    [
      'a Russian financial ombudsman',
      'Финансовый омбудсмен рассмотрел жалобы заемщиков',
      'Финансовый омбудсмен провел встречу с банками и обсудил жалобы.',
    ],
    [
      'an election by parliament',
      'Parliament elects new Ombudsman',
      'Parliament elected the new Ombudsman by 120 votes. The Ombudsman candidate was nominated by the President.',
      'The Ombudsman will be sworn in next week.',
    ],
    [
      'an election announced in a headline with a colon',
      'Parliament elects Ombudsman: the candidate won 120 votes',
      'Parliament elected the Ombudsman on Tuesday. The Ombudsman was nominated by the President.',
    ],
    [
      'a vote on the candidate (ru)',
      'Депутаты проголосуют за кандидатуру омбудсмена',
      'Рада рассмотрит кандидатуру на пост омбудсмена во вторник.',
      'Кандидат на должность уполномоченного по правам человека выступит перед депутатами.',
    ],
    [
      'personal news about an institution\'s head, with the word for "social" (ar)',
      'رئيس الديوان الوطني لحقوق الإنسان يخضع لعملية جراحية ناجحة',
      'خضع رئيس الديوان الوطني لحقوق الإنسان لعملية جراحية ناجحة، وتمنى له زملاؤه في قطاع العمل الاجتماعي الشفاء.',
    ],
    [
      'an election held in the plenary (tr)',
      'TBMM Genel Kurulunda Kamu Başdenetçisi seçimi tamamlandı',
      'TBMM Genel Kurulunda yapılan Kamu Başdenetçisi seçiminin üçüncü turunda aday 231 oy aldı. Seçime üç aday katıldı.',
    ],
    [
      'an election by the state parliament (de)',
      'Landtag: Wahl der neuen Bürgerbeauftragten vertagt',
      'Der Landtag hat die Wahl der Bürgerbeauftragten auf Mai verschoben. Zwei Kandidatinnen stellen sich vor.',
    ],
    [
      'an appointment (id)',
      'DPR pilih calon anggota Ombudsman RI',
      'Komisi II DPR menetapkan calon anggota Ombudsman Republik Indonesia setelah uji kelayakan.',
    ],
    [
      'an illness (es)',
      'Internaron al Defensor del Pueblo por un cuadro de neumonía',
      'El Defensor del Pueblo permanece internado en una clínica. La Defensoría continuará con la firma de resoluciones.',
    ],
    [
      'a hospitalisation (ru)',
      'Омбудсмен попала в больницу',
      'Уполномоченный по правам человека сообщила, что попала в больницу. Омбудсмен выразила надежду вернуться к работе.',
    ],
    [
      'a criminal public defender (Chile)',
      'Defensoría Penal Pública firma convenio con Gendarmería',
      'La Defensoría Penal Pública firmó un convenio con Gendarmería para visitas a los internos.',
      'El Defensor Nacional se reunió con los jefes regionales.',
    ],
    [
      'a court judgment',
      'European Court of Human Rights rules against Turkey',
      'The European Court of Human Rights delivered its judgment on Tuesday and ordered compensation.',
    ],
    [
      'foreign-ministry diplomacy',
      'Foreign Minister meets Ambassador of Hungary',
      'The Foreign Minister received the Ambassador and discussed cooperation. The sides signed a memorandum.',
    ],
    [
      'the Council of Europe Commissioner acting alone',
      'Council of Europe Commissioner for Human Rights publishes report on Croatia',
      'The Council of Europe Commissioner for Human Rights released a report after her visit to Croatia and sent a letter to the minister.',
    ],
    [
      'an ombudsman quoted once in passing',
      'Floods cut off villages in the north',
      'Heavy rain flooded roads and the army delivered supplies. Officials met to discuss the response.',
      'The ombudsman’s office said it had received complaints.',
    ],
  ])('rejects %s', (_what, title, ...body) => {
    const r = page(title, ...body);
    expect(r.isRelevant, r.reasons.join(' | ')).toBe(false);
  });

  it('gives the sector scheme as the reason', () => {
    const r = page('Banking Ombudsman orders refund', 'The Banking Ombudsman ordered the bank to refund the customer.');
    expect(r.reasons.join(' ')).toMatch(/sector complaint scheme.*\("Banking Ombudsman"\)/);
  });

  it('does not take the ombudsman’s press service for a press ombudsman', () => {
    const r = page(
      'Ombudsman meets the Minister of Justice',
      'The Ombudsman met the Minister of Justice, the Ombudsman’s press service reported. They discussed prison visits and cooperation.',
    );
    expect(r.isRelevant, r.reasons.join(' | ')).toBe(true);
    expect(r.reasons.join(' ')).not.toMatch(/sector/);
  });

  it('does not take a statement about someone else’s dismissal for news about the post', () => {
    const r = page(
      'Ombudsman criticises dismissal of striking teachers',
      'The Ombudsman criticised the dismissal of 40 teachers and called on the ministry to reinstate them.',
      'The Ombudsman said the teachers had complained to her office.',
    );
    expect(r.isRelevant, r.reasons.join(' | ')).toBe(true);
  });

  it('reads a headline quoting the institution as a statement, whatever post it talks about', () => {
    const r = page(
      'Ombudsman: appointment of judges must be transparent',
      'The Ombudsman said the appointment of judges must follow open competition.',
      'The Ombudsman called on parliament to publish the candidates’ scores.',
    );
    expect(r.isRelevant, r.reasons.join(' | ')).toBe(true);
  });

  it('gives the post as the reason for an election by parliament', () => {
    const r = page('Parliament elects new Ombudsman', 'Parliament elected the Ombudsman. The Ombudsman thanked the deputies.');
    expect(r.reasons.join(' ')).toMatch(/about the post, not an activity \("elects"\)/);
  });
});

describe('nhriRegex', () => {
  it('gives every caller its own instance from one shared source', () => {
    const a = nhriRegex();
    const b = nhriRegex();
    expect(a).not.toBe(b);
    expect(a.source).toBe(b.source);
    expect(nhriRegex('iu').flags).toBe('iu');
  });

  it('matches Turkish and Azerbaijani capitals (İ, I) as their small letters', () => {
    expect('İNSAN HÜQUQLARI ÜZRƏ MÜVƏKKİL'.match(nhriRegex('iu'))).not.toBeNull();
    expect('KAMU DENETÇİLİĞİ KURUMU'.match(nhriRegex('iu'))).not.toBeNull();
  });

  it('matches network acronyms only in capitals', () => {
    expect('Asamblea FIO 2020'.match(nhriRegex('iu'))?.[0]).toBe('FIO');
    expect('um fio de cobre'.match(nhriRegex('iu'))).toBeNull();
  });
});

describe('assessRelevance: sector schemes with a coordinated qualifier', () => {
  it.each([
    ['en', 'Water and Energy Ombudsman opens annual complaints review', 'The Water and Energy Ombudsman met retailers on Tuesday and issued a statement on billing.'],
    ['en', 'Complaints up at the Telecoms & Electricity Ombudsman', 'The Telecoms & Electricity Ombudsman held a meeting with providers. The ombudsman signed an agreement.'],
    ['en', 'Complaints rise again', 'The ombudsman for gas, water and broadband held a meeting with suppliers and signed an agreement. The ombudsman issued a statement.'],
    ['de', 'Ombudsmann für Energie und Telekommunikation legt Bericht vor', 'Der Ombudsmann für Energie und Telekommunikation traf die Anbieter zu einem Gespräch.'],
    ['es', 'El Ombudsman de la energía y las telecomunicaciones publica su informe', 'El Ombudsman de la energía y las telecomunicaciones celebró una reunión con las empresas.'],
  ])('%s: %s is a sector scheme', (_lang, title, ...body) => {
    const r = page(title, ...body);
    expect(r.isRelevant).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/sector complaint scheme/);
  });

  it('reads the headline\'s bare "ombudsman" as the sector scheme the text names in full', () => {
    const r = page(
      'Broadband complaints hit record high, ombudsman says',
      'Complaints about broadband contracts reached a record high, the Gas and Broadband Ombudsman said on Tuesday.',
      'Chief ombudsman Mary Hill said providers were too slow. The ombudsman received 80,000 complaints and ordered firms to pay compensation.',
    );
    expect(r.isRelevant).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/sector complaint scheme/);
  });

  it('keeps a public-sector ombudsman who meets an energy regulator', () => {
    const r = page(
      'Ombudsman meets the energy and water regulator',
      'The Ombudsman, Anna Berg, met the head of the energy and water regulator on Monday.',
      'The Ombudsman and the regulator discussed cooperation on complaints about disconnections in winter.',
    );
    expect(r.isRelevant).toBe(true);
  });
});

describe('assessRelevance: "public defender" as criminal defence or as the national ombudsman', () => {
  it.each([
    [
      'County public defender asks judge to suppress evidence',
      'The county public defender told the court that the defendant was questioned without a lawyer.',
      'At a hearing on Friday the public defender met her client and urged the judge to throw out the charges before trial.',
    ],
    [
      'Public defender’s office says caseloads are too high',
      'The state public defender said attorneys handle too many felony cases; the prosecutor disagreed and the jury trial was delayed.',
      'The public defender issued a statement on Monday.',
    ],
  ])('criminal defence: %s', (title, ...body) => {
    const r = page(title, ...body);
    expect(r.isRelevant).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/criminal defence/);
  });

  it.each([
    [
      'Public Defender of Georgia meets OSCE delegation',
      'The Public Defender of Georgia met a delegation of the OSCE Office for Democratic Institutions and Human Rights.',
      'The Public Defender discussed the monitoring of trials and the rights of defendants in pre-trial detention.',
    ],
    [
      'Georgian Public Defender visits penitentiary',
      'The Georgian Public Defender visited a prison in Rustavi and met convicted inmates and their lawyers.',
      'The Public Defender issued recommendations after the visit.',
    ],
    [
      'Public Defender (Ombudsman) holds meeting with UN agencies',
      'The Public Defender (Ombudsman) met representatives of UN agencies and discussed cooperation.',
    ],
  ])('national ombudsman: %s', (title, ...body) => {
    expect(page(title, ...body).isRelevant).toBe(true);
  });
});

describe('assessRelevance: appointment and election headlines in other languages', () => {
  it.each([
    ['es', 'La Asamblea Nacional elige al nuevo Defensor del Pueblo', 'La Asamblea Nacional eligió al Defensor del Pueblo, quien se reunió luego con los diputados.'],
    ['es', 'Designan a la nueva Defensora del Pueblo', 'El Congreso designó a la Defensora del Pueblo, que firmó el acta y visitó la sede.'],
    ['es', 'Juramenta el Defensor del Pueblo ante el Congreso', 'El Defensor del Pueblo juramentó ante el Congreso y participó en la sesión.'],
    ['fr', 'Une nouvelle Défenseure des droits nommée', 'La Défenseure des droits a été nommée en conseil des ministres et a rencontré les associations.'],
    ['de', 'Neue Volksanwältin vom Nationalrat gewählt', 'Die Volksanwältin wurde vom Nationalrat gewählt; sie traf danach die Abgeordneten zu einem Gespräch.'],
    ['tr', 'Kamu Başdenetçisi seçildi', 'TBMM Genel Kurulunda Kamu Başdenetçisi seçildi ve toplantıya katıldı.'],
    ['ru', 'Новым омбудсменом избран бывший депутат', 'Уполномоченный по правам человека избран парламентом и провёл встречу с депутатами.'],
    ['id', 'Anggota Komnas HAM terpilih dilantik', 'Anggota Komnas HAM terpilih dilantik dan mengikuti pertemuan dengan delegasi.'],
  ])('%s: %s is about the post', (_lang, title, ...body) => {
    const r = page(title, ...body);
    expect(r.isRelevant).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/about the post/);
  });

  it.each([
    ['es', 'Defensor del Pueblo recién elegido se reúne con la delegación de la ONU', 'El Defensor del Pueblo, elegido en marzo, se reunió con una delegación de la ONU y firmó un convenio de cooperación.'],
    ['fr', 'La Défenseure des droits nommée en mars rencontre le Médiateur du Royaume', 'La Défenseure des droits a rencontré le Médiateur du Royaume et signé une convention de coopération.'],
  ])('%s: a headline naming an activity is not demoted: %s', (_lang, title, ...body) => {
    expect(page(title, ...body).isRelevant).toBe(true);
  });
});

describe('assessRelevance: few mentions but a clear activity in the opening', () => {
  it.each([
    [
      'en',
      'Rights seminar held for regional officials',
      'The Ombudsman held a training seminar for municipal officials in the regional city of Ganja on Thursday.',
      'Participants discussed complaints procedures with the Ombudsman; the workshop ended with a statement of recommendations.',
    ],
    [
      'es',
      'Reunión virtual entre instituciones hermanas',
      'La Defensoría del Pueblo sostuvo una videoconferencia con la Procuraduría de Derechos Humanos para intercambiar experiencias.',
      'Ambas partes acordaron un plan de cooperación y nuevos talleres.',
    ],
  ])('%s: %s', (_lang, title, ...body) => {
    const r = page(title, ...body);
    expect(r.isRelevant).toBe(true);
  });

  it.each([
    [
      'Council budget approved after long debate',
      'Councillors met on Tuesday and discussed the budget; the meeting approved a report on road works.',
      'Residents can complain to the ombudsman if they disagree, the statement said.',
    ],
    [
      'Bank fined over mis-sold loans',
      'The Financial Ombudsman held a meeting with the bank and issued a statement after a seminar on complaints.',
    ],
  ])('does not lift a passing or sector mention: %s', (title, ...body) => {
    expect(page(title, ...body).isRelevant).toBe(false);
  });
});

describe('assessRelevance: names and posts in more languages', () => {
  it('knows Moldova’s People’s Advocate by its Russian name', () => {
    const r = page(
      'Народный адвокат провела семинар для полицейских',
      'Вчера Народный адвокат Республики Молдова Ирина Попа провела семинар для сотрудников полиции о правах задержанных.',
      'В занятиях приняли участие около сорока полицейских.',
    );
    expect(r.isRelevant).toBe(true);
  });

  it('counts an election to an association’s board as an activity, not news about the post', () => {
    const r = page(
      "La médiatrice élue au conseil d'administration de l'Institut international de l'ombudsman",
      "La médiatrice siégera désormais au conseil d'administration de l'Institut international de l'ombudsman (IOI).",
      "Elle a été élue lors de la réunion régionale de l'IOI, a-t-elle déclaré dans un communiqué.",
    );
    expect(r.isRelevant).toBe(true);
  });

  it('reads a parliamentary committee fixing the members of the Ombudsman as news about the post', () => {
    const r = page(
      'Komisi II DPR Tetapkan Tujuh Anggota Ombudsman RI',
      'Komisi II DPR RI menetapkan tujuh nama calon anggota Ombudsman Republik Indonesia setelah uji kelayakan dalam rapat pleno.',
      'Rapat membahas laporan dan rekomendasi panitia seleksi.',
    );
    expect(r.isRelevant).toBe(false);
  });
});
