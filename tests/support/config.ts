/** The two configurations unit tests run configuration-taking functions with: the default (French) and English. */
import FRENCH from '../../src/config.ts';
import ENGLISH from '../fixtures/english-site/config.ts';
import { renderMarkdown as render, type RenderOptions } from '../../src/lib/markdown/pipeline.ts';

export { ENGLISH, FRENCH };

/** Renders Markdown as the default (French) site would. */
export function renderMarkdown(markdown: string, opts: RenderOptions = {}): Promise<string> {
  return render(markdown, FRENCH, opts);
}
