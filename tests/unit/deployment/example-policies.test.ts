import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseProfileJson } from '../../../lib/guidelines/load-profile';
import { ManagedPolicyShape, parseManagedPolicy } from '../../../lib/store/managed-policy';

/**
 * The example policies in docs/deployment are what docs/DEPLOYMENT.md shows and what the policy
 * E2E deploys: each must be a valid policy, all must say the same thing in their own form, and the
 * Chrome/Edge forms must pass Chrome's own check against public/managed_schema.json (Chrome drops
 * a value its schema does not describe before the extension ever sees it).
 */
const read = (path: string) => readFileSync(`docs/deployment/${path}`, 'utf8');
const CHROME_PLACEHOLDER = 'UTVIDELSENS-ID';

const linux = JSON.parse(read('chrome-edge-linux.json')) as { '3rdparty': { extensions: Record<string, unknown> } };
const firefox = JSON.parse(read('firefox-policies.json')) as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } };
const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as ChromeSchema;

interface ChromeSchema {
  type: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
}

/**
 * The part of Chrome's policy-schema check the example uses: a value of the wrong type is dropped,
 * and so is a property the schema does not name. Returns the paths Chrome would drop.
 */
function droppedByChrome(value: unknown, node: ChromeSchema, path = ''): string[] {
  const typeOk =
    node.type === 'integer' ? Number.isInteger(value)
    : node.type === 'array' ? Array.isArray(value)
    : node.type === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value)
    : typeof value === node.type;
  if (!typeOk) return [path || '(roten)'];
  if (node.type === 'array') return (value as unknown[]).flatMap((item, i) => droppedByChrome(item, node.items!, `${path}[${i}]`));
  if (node.type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => {
    const child = node.properties?.[key] ?? node.additionalProperties;
    return child ? droppedByChrome(inner, child, path ? `${path}.${key}` : key) : [path ? `${path}.${key}` : key];
  });
}

/** A .reg file (UTF-16 with a byte-order mark, as regedit writes it) as Chrome reads it: subkeys are objects, numbered values a list. */
function policyFromReg(text: string, root: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let target: Record<string, unknown> | null = null;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n/)) {
    const section = /^\[(.*)\]$/.exec(line);
    if (section) {
      const key = section[1]!;
      target = null;
      if (!key.startsWith(root)) continue;
      target = result;
      for (const part of key.slice(root.length).split('\\').filter(Boolean)) {
        target[part] ??= {};
        target = target[part] as Record<string, unknown>;
      }
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && target) target[value[1]!] = value[2] !== undefined ? value[2].replace(/\\(.)/g, '$1') : parseInt(value[3]!, 16);
  }
  // Numbered values are a list; a dword where the schema says boolean is a boolean.
  const shape = (node: unknown, s: ChromeSchema): unknown => {
    if (s.type === 'array') return Object.keys(node as object).sort((a, b) => Number(a) - Number(b)).map((k) => shape((node as Record<string, unknown>)[k], s.items!));
    if (s.type === 'boolean') return node !== 0;
    if (s.type !== 'object') return node;
    return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, shape(v, s.properties?.[k] ?? s.additionalProperties!)]));
  };
  return shape(result, schema) as Record<string, unknown>;
}

describe('the example policies in docs/deployment', () => {
  const chromePolicy = linux['3rdparty'].extensions[CHROME_PLACEHOLDER];
  const firefoxPolicy = firefox.policies['3rdparty'].Extensions['naervaersradar@naervaersradar.no'];

  it("name the extension by Firefox's fixed id and by a placeholder for the Chrome/Edge store id", () => {
    expect(Object.keys(linux['3rdparty'].extensions)).toEqual([CHROME_PLACEHOLDER]);
    expect(Object.keys(firefox.policies['3rdparty'].Extensions)).toEqual(['naervaersradar@naervaersradar.no']);
    const manifestConfig = readFileSync('wxt.config.ts', 'utf8');
    expect(manifestConfig).toContain("id: 'naervaersradar@naervaersradar.no'");
  });

  it('are valid policies, with the own guideline file checked like an imported one', () => {
    for (const policy of [chromePolicy, firefoxPolicy]) {
      const parsed = parseManagedPolicy(policy);
      expect(parsed.kind === 'invalid' ? parsed.problems : []).toEqual([]);
      expect(parsed.kind).toBe('valid');
    }
    const own = parseProfileJson(read('eksempelkommune-veileder.json'), 'eksempelkommune-veileder.json');
    expect(own.ok ? own.profile.id : own.errors).toBe('eksempelkommune-grunnskole');
  });

  it('say the same thing in the Linux JSON, the Windows registry and Firefox forms', () => {
    const reg = readFileSync('docs/deployment/chrome-edge-windows.reg').toString('utf16le');
    const fromChromeReg = policyFromReg(reg, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_PLACEHOLDER}\\policy`);
    const fromEdgeReg = policyFromReg(reg, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_PLACEHOLDER}\\policy`);
    expect(fromChromeReg).toEqual(chromePolicy);
    expect(fromEdgeReg).toEqual(chromePolicy);
    const valid = (p: unknown) => {
      const parsed = parseManagedPolicy(p);
      if (parsed.kind !== 'valid') throw new Error(JSON.stringify(parsed));
      return parsed.state.policy;
    };
    expect(valid(firefoxPolicy)).toEqual(valid(chromePolicy));
    expect(JSON.parse((chromePolicy as { ownGuidelines: string[] }).ownGuidelines[0]!)).toEqual(JSON.parse(read('eksempelkommune-veileder.json')));
  });

  it('reach the extension whole through Chrome\'s schema check, and the schema names exactly the keys the extension reads', () => {
    expect(droppedByChrome(chromePolicy, schema)).toEqual([]);
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(ManagedPolicyShape.shape).sort());
  });
});
