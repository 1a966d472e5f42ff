import { describe, expect, it } from 'vitest';
import { quickScan } from '../../lib/page/quick-scan.ts';
import { assessRelevance } from '../../lib/relevance/relevance.ts';
import { fixtureDocument, fixtureSlugs, parseHtml } from './dom.ts';

const seeds = fixtureSlugs().filter((s) => s.startsWith('seed-'));

/** A plain news page: a headline, a few paragraphs in the body (no <article>), and a footer. */
function page({ headline, paragraphs, footer }: { headline: string; paragraphs: string[]; footer: string }): Document {
  return parseHtml(
    `<!doctype html><html lang="en"><head><title>${headline} | City Daily</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <h1>${headline}</h1>
      ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
      <footer><p>${footer}</p></footer>
    </body></html>`,
    'https://citydaily.example/news/1',
  );
}

const COUNCIL = [
  'The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a debate that has lasted for more than three years.',
  'Work on the four-kilometre extension is due to begin in the spring, and the first trams are expected to run on the new track by the end of next year.',
  'Residents along the route will be consulted on the location of the new stops at a series of public meetings over the coming weeks.',
];

describe('quickScan', () => {
  it('finds the seed fixtures', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  it.each(seeds)('flags %s', (slug) => {
    const scan = quickScan(fixtureDocument(slug));
    expect(scan.candidate).toBe(true);
    expect(scan.hits.length).toBeGreaterThan(0);
  });

  it('flags the banking-ombudsman negative: sector ombudsmen pass the cheap scan, relevance rules them out later', () => {
    const scan = quickScan(fixtureDocument('neg-banking-ombudsman-ruling'));
    expect(scan.candidate).toBe(true);
    expect(scan.hits).toContain('ombudsman');
  });

  it.each(['neg-sports-football-derby', 'neg-foreign-ministry-meeting'])('does not flag %s', (slug) => {
    expect(quickScan(fixtureDocument(slug))).toEqual({ candidate: false, hits: [] });
  });

  it('does not flag a page that mentions an ombudsman once, in its footer', () => {
    const doc = page({ headline: 'Council approves tram extension', paragraphs: COUNCIL, footer: 'Complaints about our coverage? Write to the readers’ ombudsman.' });
    expect(quickScan(doc).candidate).toBe(false);
  });

  it('flags the same page when the body names an ombudsman twice', () => {
    const doc = page({
      headline: 'Council approves tram extension',
      paragraphs: [...COUNCIL, 'The Ombudsman had received complaints about the consultation, and the ombudsman’s office will follow the new one.'],
      footer: 'Contact us',
    });
    expect(quickScan(doc)).toEqual({ candidate: true, hits: ['ombudsman'] });
  });

  it('flags a page whose headline names the institution, once is enough', () => {
    const doc = page({ headline: 'Ombudsperson visits the tram depot', paragraphs: COUNCIL, footer: 'Contact us' });
    expect(quickScan(doc)).toEqual({ candidate: true, hits: ['ombudsperson'] });
  });

  it('recognises the institution in other languages', () => {
    const doc = page({
      headline: 'Уполномоченный по правам человека провела встречу',
      paragraphs: ['Встреча состоялась в Москве.'],
      footer: '',
    });
    expect(quickScan(doc).candidate).toBe(true);
  });

  it('flags the weakest page relevance accepts: no institution in the headline, four mentions in the text', () => {
    const paragraphs = [
      'The Ombudsman received the delegation of the Human Rights and Equality Institution on Monday.',
      'The Ombudsman and the delegation visited the memorial, then met at the Office of the Ombudsman.',
      'The Ombudsman spoke about cooperation between the two institutions.',
    ];
    expect(assessRelevance('Sabina Aliyeva received a delegation from Türkiye', paragraphs.join('\n')).isRelevant).toBe(true);
    expect(quickScan(page({ headline: 'Sabina Aliyeva received a delegation from Türkiye', paragraphs, footer: '' })).candidate).toBe(true);
  });

  it('does not read past its bounded lead: a mention far down a long page is not counted', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} of a long report on the city budget and its many line items.`);
    const doc = page({ headline: 'Budget report', paragraphs: [...filler, 'The ombudsman and the ombudsman’s deputy attended.'], footer: '' });
    expect(quickScan(doc).candidate).toBe(false);
  });
});
