import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../src/config.ts';
import { parseDateLine, zonedIso } from '../../src/lib/importer/date-lines.ts';
import { importArticle } from '../../src/lib/importer/index.ts';

const PARIS = 'Europe/Paris';

describe('publication and update lines', () => {
  it('should read French lines with the time, in the site time zone (winter and summer offsets)', () => {
    expect(parseDateLine('Publié le 12 mars 2025 à 10h15', PARIS)).toEqual({
      kind: 'published',
      iso: '2025-03-12T10:15:00+01:00',
    });
    expect(parseDateLine('Mis à jour le 1er juillet 2025 à 08:05', PARIS)).toEqual({
      kind: 'updated',
      iso: '2025-07-01T08:05:00+02:00',
    });
    expect(parseDateLine('Publié le 12/03/2025 à 9h', PARIS)?.iso).toBe('2025-03-12T09:00:00+01:00');
    expect(parseDateLine('Mise à jour : 13 mars 2025 à 18h30 (heure de Paris)', PARIS)?.iso).toBe(
      '2025-03-13T18:30:00+01:00',
    );
  });

  it('should read English lines, month first or day first, with am/pm', () => {
    expect(parseDateLine('Published on March 12, 2025 at 10:15 am', PARIS)).toEqual({
      kind: 'published',
      iso: '2025-03-12T10:15:00+01:00',
    });
    expect(parseDateLine('Updated 13 March 2025, 2:40 pm', PARIS)).toEqual({
      kind: 'updated',
      iso: '2025-03-13T14:40:00+01:00',
    });
    expect(parseDateLine('Last updated: Mar. 14, 2025', 'UTC')).toEqual({ kind: 'updated', iso: '2025-03-14' });
    expect(parseDateLine('Published 03/12/2025 12 am', 'UTC')?.iso).toBe('2025-03-12T00:00:00+00:00');
  });

  it('should give a bare date when the line has no time', () => {
    expect(parseDateLine('Publié le 12 mars 2025', PARIS)).toEqual({ kind: 'published', iso: '2025-03-12' });
  });

  it('should not take prose, impossible dates or relative dates for a date line', () => {
    expect(parseDateLine('Publié dans la revue Nature le 12 mars 2025, l’article a fait date.', PARIS)).toBeUndefined();
    expect(parseDateLine('Updated 30 February 2025', PARIS)).toBeUndefined();
    expect(parseDateLine('Updated 5 hours ago', PARIS)).toBeUndefined();
    expect(parseDateLine('Published on March 12, 2025 by the board, which met for three days', PARIS)).toBeUndefined();
    expect(parseDateLine('Publié le 12 mars 2025 à 25h10', PARIS)).toBeUndefined();
  });

  it('should use the right offset on the days clocks change', () => {
    // Paris goes to summer time at 02:00 on 30 March 2025: 01:30 is still +01:00, 03:30 is +02:00.
    expect(zonedIso(2025, 3, 30, 1, 30, PARIS)).toBe('2025-03-30T01:30:00+01:00');
    expect(zonedIso(2025, 3, 30, 3, 30, PARIS)).toBe('2025-03-30T03:30:00+02:00');
    expect(zonedIso(2025, 1, 10, 10, 0, 'America/New_York')).toBe('2025-01-10T10:00:00-05:00');
  });
});

describe('importing an article with date lines', () => {
  const context = { sections: SECTION_IDS, defaultLang: 'fr', timeZone: PARIS };
  const paragraph = 'Le conseil municipal a voté le budget des transports publics pour l’année prochaine. '.repeat(3);

  it('should take date and updated from the lines of scraped text and report them as dropped', () => {
    const text = `Le budget des transports adopté\n\nPublié le 12 mars 2025 à 10h15\n\n${paragraph}\n\nMis à jour le 13 mars 2025 à 08h00\n\n${paragraph}`;
    const result = importArticle(text, { section: 'economie' }, context);
    expect(result.markdown).toContain('date: 2025-03-12T10:15:00+01:00');
    expect(result.markdown).toContain('updated: 2025-03-13T08:00:00+01:00');
    expect(result.markdown).not.toMatch(/Publié le|Mis à jour/);
    expect(result.report.dropped).toEqual(
      expect.arrayContaining([
        { text: 'Publié le 12 mars 2025 à 10h15', rule: 'publication date line' },
        { text: 'Mis à jour le 13 mars 2025 à 08h00', rule: 'update date line' },
      ]),
    );
    expect(result.report.paragraphs).toBe(2);
  });

  it('should take the date from a date line inside an HTML page without date metadata', () => {
    const html = `<!doctype html><html lang="en"><head><title>Port strike ends</title></head><body><article>
      <h1>Port strike ends</h1><p>Published on March 12, 2025 at 10:15 am</p><p>${'Dock workers returned to work on Monday after a pay deal. '.repeat(4)}</p>
      <p>${'The agreement raises wages by six percent this year. '.repeat(4)}</p></article></body></html>`;
    const result = importArticle(html, { section: 'economie' }, context);
    expect(result.report.date).toBe('2025-03-12T10:15:00+01:00');
    expect(result.markdown).not.toContain('Published on');
    expect(result.report.dropped).toContainEqual({
      text: 'Published on March 12, 2025 at 10:15 am',
      rule: 'publication date line',
    });
  });

  it('should let --date win over a date line', () => {
    const text = `Le budget des transports adopté\n\nPublié le 12 mars 2025 à 10h15\n\n${paragraph}`;
    expect(importArticle(text, { section: 'economie', date: '2025-03-20' }, context).report.date).toBe('2025-03-20');
  });
});
