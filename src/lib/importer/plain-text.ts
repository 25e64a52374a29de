/**
 * Plain-text import: finds the title and the paragraphs of scraped article text and drops the site's noise, line by
 * line, saying which rule dropped each line so nothing disappears unseen.
 */
import { fold } from '../language/fold.ts';
import { parseDateLine, type DateLine } from './date-lines.ts';

/** A line the importer left out, and why. */
export interface DroppedLine {
  text: string;
  rule: string;
}

/** What the plain-text parser found. */
export interface PlainTextArticle {
  title: string;
  paragraphs: string[];
  dropped: DroppedLine[];
  /** Publication and update lines found in the text ("Publié le …", "Updated …"), in order. */
  dates: DateLine[];
}

/** The rule name under which a date line is reported. */
export function dateLineRule(line: DateLine): string {
  return line.kind === 'published' ? 'publication date line' : 'update date line';
}

/** Lowercase words without accents or punctuation, for comparing lines. */
function comparable(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A one- or two-word line before the title, such as a category stub ("in", "Monde"). */
export function isCategoryStub(line: string): boolean {
  return wordCount(line) <= 2 && line.length <= 24 && !/[.!?:]$/.test(line);
}

/** The title again, or its accent-less or truncated copy. */
export function isRepeatedTitle(line: string, title: string): boolean {
  const copy = comparable(line);
  const original = comparable(title);
  return copy.length >= 12 && (original === copy || original.startsWith(copy));
}

const COMMENT_FORM = [
  /^(laisser|laissez|poster|ajouter) un commentaire\b/i,
  /^(leave a (comment|reply)|post a comment|add a comment)\b/i,
  /^votre adresse (e-?mail|de messagerie|courriel) ne sera pas publi/i,
  /^your email address will not be published/i,
  /champs obligatoires sont (indiqués|marqués)/i,
  /^required fields are marked/i,
  /^(commentaires?|comments?)\s*(\(\d+\))?$/i,
];

/** A line of the comment form: once it appears after the text, the article is over. */
export function isCommentFormLine(line: string): boolean {
  return COMMENT_FORM.some((pattern) => pattern.test(line));
}

const SHARE_PROMPTS = [
  /^(partager|partagez|partage|share( this( article)?)?|tweet(er)?|envoyer par e-?mail|imprimer|print)\b.{0,40}$/i,
  /^(abonnez-vous|s['’]abonner|inscrivez-vous|subscribe|sign up|suivez-nous|follow us)\b/i,
  /^(newsletter|publicité|advertisement|sponsored|sponsorisé)\b/i,
  /^(facebook|twitter|x|linkedin|whatsapp|email)(\s*[|·•,]\s*(facebook|twitter|x|linkedin|whatsapp|email))+$/i,
];

/** A share, subscribe or advertising prompt. */
export function isSharePrompt(line: string): boolean {
  return SHARE_PROMPTS.some((pattern) => pattern.test(line));
}

/** A code-like junk line: mostly numbers and upper-case codes ("226270 iPHONE 14 PHO akrales 0710"). */
export function isJunkLine(line: string): boolean {
  const tokens = line.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  const codeLike = tokens.filter(
    (token) => /\d/.test(token) || /^[A-Z0-9]{2,}$/.test(token) || /[a-z][A-Z]/.test(token),
  );
  return !/[.!?»”"]$/.test(line) && codeLike.length / tokens.length >= 0.5;
}

/**
 * Splits scraped text into the title, the kept paragraphs, the date lines and every dropped line with its rule.
 * Date lines are read in `timeZone` (the site's).
 */
export function parsePlainText(text: string, timeZone: string): PlainTextArticle {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const dropped: DroppedLine[] = [];
  let index = 0;
  // Stubs before the title (a category, a section name).
  while (index < lines.length - 1 && isCategoryStub(lines[index]!)) {
    dropped.push({ text: lines[index]!, rule: 'category stub before the title' });
    index += 1;
  }
  const title = lines[index] ?? '';
  index += 1;
  const body: string[] = [];
  const dates: DateLine[] = [];
  let ended = false;
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const dateLine = ended ? undefined : parseDateLine(line, timeZone);
    if (dateLine) {
      dates.push(dateLine);
      dropped.push({ text: line, rule: dateLineRule(dateLine) });
    } else if (ended && isCommentFormLine(line)) {
      dropped.push({ text: line, rule: 'comment form' });
    } else if (ended) {
      dropped.push({
        text: line,
        rule: isJunkLine(line) ? 'code-like junk after the article' : 'teaser after the article',
      });
    } else if (isRepeatedTitle(line, title)) {
      dropped.push({ text: line, rule: 'repeated title' });
    } else if (isCommentFormLine(line)) {
      dropped.push({ text: line, rule: 'comment form' });
      // What follows a comment form is the site's, not the article's.
      ended = body.length > 0;
    } else if (isSharePrompt(line)) {
      dropped.push({ text: line, rule: 'share or subscribe prompt' });
    } else if (isJunkLine(line)) {
      dropped.push({ text: line, rule: 'code-like junk' });
    } else {
      body.push(line);
    }
  }
  // Without a comment form, short lines after the last real paragraph are teasers for other articles.
  const lastLong = body.findLastIndex((line) => wordCount(line) >= 25);
  const paragraphs = lastLong === -1 ? body : body.slice(0, lastLong + 1);
  for (const line of lastLong === -1 ? [] : body.slice(lastLong + 1))
    dropped.push({ text: line, rule: 'teaser after the article' });
  return { title, paragraphs, dropped, dates };
}
