/**
 * `npm run import -- <file>… [--section S] [--date D] [--lang L] [--tags a,b] [--author A] [--out DIR] [--dry-run] [--force]`
 * Thin entry point: reads files, calls the importer, writes articles, reports what it kept and dropped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle, ImportError } from '../lib/importer/index.ts';
import { getSectionIds } from '../lib/site-config.ts';
import { loadSiteConfig } from '../load-config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string' },
    date: { type: 'string' },
    lang: { type: 'string' },
    tags: { type: 'string' },
    author: { type: 'string' },
    out: { type: 'string', default: 'content/articles' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

if (positionals.length === 0) {
  console.error(
    'usage: npm run import -- <file>… --section S [--date YYYY-MM-DD] [--lang L] [--tags a,b] [--author A] [--out DIR] [--dry-run] [--force]',
  );
  process.exit(2);
}

const config = await loadSiteConfig();
const { site } = config;
let failures = 0;
for (const file of positionals) {
  try {
    const result = importArticle(
      readFileSync(file, 'utf8'),
      {
        section: values.section,
        date: values.date,
        lang: values.lang,
        tags: values.tags
          ?.split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        author: values.author,
      },
      { sections: getSectionIds(config), defaultLang: site.lang, timeZone: site.timeZone },
    );
    const target = join(values.out, `${result.slug}.md`);
    const { report } = result;
    console.error(
      `${file}: ${report.kind === 'html' ? 'HTML page' : 'plain text'} → ${values['dry-run'] ? '(dry run)' : target}`,
    );
    console.error(`  title: ${report.title}`);
    console.error(`  date: ${report.date}`);
    console.error(`  paragraphs kept: ${report.paragraphs}`);
    for (const line of report.dropped) console.error(`  dropped (${line.rule}): ${line.text}`);
    for (const note of report.notes) console.error(`  note: ${note}`);
    if (values['dry-run']) {
      console.log(result.markdown);
    } else if (existsSync(target) && !values.force) {
      throw new ImportError(`${target} already exists: give --force to overwrite it`);
    } else {
      mkdirSync(values.out, { recursive: true });
      writeFileSync(target, result.markdown);
    }
  } catch (error) {
    failures += 1;
    console.error(`${file}: error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failures > 0) {
  console.error(`${failures} of ${positionals.length} file(s) failed`);
  process.exitCode = 1;
}
