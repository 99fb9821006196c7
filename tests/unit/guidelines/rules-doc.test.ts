import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '../../../lib/guidelines/registry';
import { rulesMarkdown } from '../../../scripts/rules-table-markdown';

it('docs/RULES.md is what `npm run docs:rules` writes from the profiles now', () => {
  const checkedIn = readFileSync(resolve(__dirname, '../../../docs/RULES.md'), 'utf8');
  // When this fails, run `npm run docs:rules` and commit docs/RULES.md.
  expect(checkedIn).toBe(rulesMarkdown(BUILT_IN_PROFILES));
});

it('lists every rule of every profile with its quote and level', () => {
  const text = rulesMarkdown(BUILT_IN_PROFILES);
  for (const p of BUILT_IN_PROFILES) {
    for (const t of p.triggers) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${t.id}\` |`));
      expect(row, t.id).toBeDefined();
      expect(row).toContain(`| ${t.level} |`);
      expect(row).toContain(t.quote.replace(/\s+/g, ' ').slice(0, 40));
      if (t.ownDefault) expect(row).toContain('Nærværsradar default');
    }
  }
});
