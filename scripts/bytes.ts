/**
 * `npm run bytes`: where the bytes go that a portal page loads. Builds the test build's content
 * script and the scripts the background injects on demand (the page readers, the overlay's parts;
 * chrome-mv3, minified exactly as shipped) once
 * more with source maps into the temp folder, then attributes every byte of each built file to the
 * source module its source map names, and prints a table per file: by module and by folder, raw
 * bytes, and each group's gzip size on its own.
 *
 * A group's own gzip size is larger than what it adds to the whole file's gzip (gzip finds repeats
 * across groups too); the shares still rank the groups. The whole file's gzip is the real figure.
 *
 *   --top=N       modules to list per file (default 40)
 *   --depth=N     folder depth of the folder table (default 2: "lib/portals", "node_modules/zod")
 *   --no-build    read the previous run's build again
 *   --write       also write docs/bench/bytes.md: each file's size and its folder table (the record
 *                 docs/bench/README.md points to; never typed by hand)
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const TOP = Number(option('top') ?? 40);
const DEPTH = Number(option('depth') ?? 2);
const BUILD = !args.includes('--no-build');
const WRITE = args.includes('--write');

const outDir = join(tmpdir(), 'naervaer-bytes-build');
const extensionDir = join(outDir, 'chrome-mv3');

if (BUILD) {
  rmSync(outDir, { recursive: true, force: true });
  process.env.NAERVAER_TEST_BUILD = '1';
  const { build } = await import('wxt');
  await build({
    outDir,
    filterEntrypoints: ['portal', ...entrypointsLoadedIntoPages()],
    vite: () => ({ build: { sourcemap: true } }),
  });
}

/** What the background injects into portal pages: entrypoints/reader-<id>.ts and overlay-<part>.ts. */
function entrypointsLoadedIntoPages(): string[] {
  return readdirSync(resolve('entrypoints'))
    .filter((name) => /^(reader|overlay)-.*\.ts$/.test(name))
    .map((name) => name.replace(/\.ts$/, ''));
}

/** When a file is loaded into a portal page, for the record. */
function whenLoaded(file: string): string {
  if (file.startsWith('content-scripts/')) return 'on every portal page';
  if (file.startsWith('reader-')) return 'on a page this reader reads';
  if (file === 'overlay-teach.js') return 'when the teacher starts teach mode or saves a snapshot';
  if (file === 'overlay-popover.js') return 'at the first badge click';
  if (file === 'overlay-indicator.js') return 'when a page could not be read';
  return 'on demand';
}

interface Group {
  raw: number;
  text: string[];
}

/** Every byte of the built file, attributed to the source of the mapping it falls under. */
function attribute(code: string, map: RawSourceMap, mapDir: string): Map<string, Group> {
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const groups = new Map<string, Group>();
  const add = (source: string, from: number, to: number) => {
    if (to <= from) return;
    const group = groups.get(source) ?? { raw: 0, text: [] };
    group.raw += to - from;
    group.text.push(code.slice(from, to));
    groups.set(source, group);
  };
  let cursor = 0;
  let source = '(no source: the bundler\'s own code)';
  consumer.eachMapping((mapping) => {
    const at = lineStarts[mapping.generatedLine - 1]! + mapping.generatedColumn;
    add(source, cursor, at);
    cursor = at;
    source = mapping.source ? sourceName(mapping.source, mapDir) : '(no source: the bundler\'s own code)';
  }, undefined, SourceMapConsumer.GENERATED_ORDER);
  add(source, cursor, code.length);
  return groups;
}

/** A source's path from the project's root (the map names it from the map's own folder). */
function sourceName(source: string, mapDir: string): string {
  return relative(resolve('.'), resolve(mapDir, source)).replace(/\\/g, '/');
}

function folderOf(source: string): string {
  if (source.startsWith('(')) return source;
  const parts = source.split('/');
  const depth = parts[0] === 'node_modules' ? (parts[1]?.startsWith('@') ? 3 : 2) : DEPTH;
  return parts.length > depth ? parts.slice(0, depth).join('/') : parts.slice(0, -1).join('/') || source;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function table(title: string, rows: [string, Group][], total: number): string {
  const out = [`| ${title} | raw | share | gzip on its own |`, '|---|---:|---:|---:|'];
  for (const [name, group] of rows) {
    out.push(`| ${name} | ${group.raw} | ${((100 * group.raw) / total).toFixed(1)} % | ${gzip(group.text.join(''))} |`);
  }
  return out.join('\n');
}

if (!existsSync(extensionDir)) throw new Error(`no build at ${extensionDir}: run without --no-build`);
const files = [
  ...readdirSync(join(extensionDir, 'content-scripts')).filter((name) => name.endsWith('.js')).map((name) => `content-scripts/${name}`),
  ...readdirSync(extensionDir).filter((name) => /^(reader|overlay)-.*\.js$/.test(name)),
];
const summary: string[] = [];
const sections: string[] = [];
for (const file of files) {
  const path = join(extensionDir, file);
  const mapPath = `${path}.map`;
  if (!existsSync(mapPath)) throw new Error(`${file} has no source map at ${mapPath}`);
  // The shipped file has no sourceMappingURL comment; the measured bytes are those the build ships.
  const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
  const groups = attribute(code, JSON.parse(readFileSync(mapPath, 'utf8')) as RawSourceMap, dirname(mapPath));
  const folders = new Map<string, Group>();
  for (const [source, group] of groups) {
    const folder = folders.get(folderOf(source)) ?? { raw: 0, text: [] };
    folder.raw += group.raw;
    folder.text.push(...group.text);
    folders.set(folderOf(source), folder);
  }
  const byRaw = (a: [string, Group], b: [string, Group]) => b[1].raw - a[1].raw;
  const raw = Buffer.byteLength(code);
  const heading = `${file}: ${raw} B (${kib(raw)}) raw, ${gzip(code)} B (${kib(gzip(code))}) gzip`;
  const folderTable = table('folder', [...folders].sort(byRaw), code.length);
  console.log(`\n## ${heading}\n`);
  console.log(folderTable);
  console.log('');
  console.log(table(`module (top ${TOP} of ${groups.size})`, [...groups].sort(byRaw).slice(0, TOP), code.length));
  summary.push(`| ${file} | ${whenLoaded(file)} | ${raw} B (${kib(raw)}) | ${gzip(code)} B (${kib(gzip(code))}) |`);
  sections.push(`## ${heading}\n\n${folderTable}`);
}

if (WRITE) {
  const record = [
    '# Bytes a portal page loads',
    '',
    `Written by \`npm run bytes -- --write\` (scripts/bytes.ts) on ${new Date().toISOString().slice(0, 10)}: the test build, chrome-mv3,`,
    'minified as shipped; gzip at level 9. The content script loads on every portal page; the others only',
    'when a page needs them (docs/bench/README.md, "Bundle budget"). A folder\'s "gzip on its own" is larger',
    'than what it adds to its file\'s gzip; the shares still rank the folders.',
    '',
    '| file | loaded | raw | gzip |',
    '|---|---|---:|---:|',
    ...summary,
    '',
    ...sections.flatMap((section) => [section, '']),
  ];
  writeFileSync(resolve('docs/bench/bytes.md'), record.join('\n'));
  console.log('\ndocs/bench/bytes.md written');
}
