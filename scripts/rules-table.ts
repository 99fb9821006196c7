/**
 * Writes docs/RULES.md from the built-in guideline profiles.
 *
 *   npm run docs:rules
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_IN_PROFILES } from '../lib/guidelines/registry';
import { rulesMarkdown } from './rules-table-markdown';

const target = resolve(__dirname, '..', 'docs', 'RULES.md');
writeFileSync(target, rulesMarkdown(BUILT_IN_PROFILES));
console.log(`wrote ${target}`);
