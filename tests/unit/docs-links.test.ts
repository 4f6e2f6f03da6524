import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const DOCUMENTS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

test.each(DOCUMENTS)('every link and every path named in %s points at a file of the repository', (document) => {
	const text = readFileSync(join(ROOT, document), 'utf8');
	const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));
	const paths = [...text.matchAll(/`((?:packages|extensions|scripts|schema|tests|docs)\/[^`*<>\s]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''))
		// Placeholders, and what the tests write (ignored by git) are not files of the repository.
		.filter((path) => !path.includes('NNNN') && !path.startsWith('tests/.artifacts'));
	const missing = [...links.map((href) => join(dirname(document), href)), ...paths].filter((path) => !existsSync(join(ROOT, path)));
	expect(missing).toEqual([]);
});
