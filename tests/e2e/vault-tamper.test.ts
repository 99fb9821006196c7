import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBrowsers, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * Someone who can write the browser profile, in real Chromium and Firefox with real IndexedDB:
 * the extension's store is changed from an extension page of its own origin (what a copy of the
 * profile, edited and put back, amounts to), and the teacher's next look at the notes must refuse
 * or report each change:
 * (a) one student's ciphertext copied into another student's slot,
 * (b) one record put back to an older ciphertext of its own,
 * (c) one record deleted.
 * The notes are written the teacher's way, from the badge in the portal page.
 */
const browsers = availableBrowsers();
if (process.env.CI && browsers.length < 2) throw new Error(`CI needs Chromium and Firefox; found: ${browsers.join(', ') || 'none'}`);

const PASSPHRASE = 'Riktig hest batteri 42';
const OLA = { key: 'visma-flyt-skole:100202', name: 'Ola Oppdiktet' };
const KARI = { key: 'visma-flyt-skole:100203', name: 'Kari Konstruert' };
const OLA_FIRST = 'Første samtale med Ola (privat-eldre-7101)';
const OLA_NOW = 'Andre samtale med Ola: avtale om oppmøte (privat-nyere-7102)';
const KARI_NOTE = 'Kari sitt notat (privat-kari-7103)';
const testid = (id: string) => `[data-testid="${id}"]`;

interface Row {
  id: string;
  sealed: { iv: string; data: string };
}

/** Source run in an extension page: `body` gets the opened database as `db` and a `request` helper. */
function withDb(body: string): string {
  return `(async () => {
    const db = await new Promise((ok, ko) => { const r = indexedDB.open('naervaersradar'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    const request = (mode, run) => new Promise((ok, ko) => {
      const tx = db.transaction('records', mode);
      const r = run(tx.objectStore('records'));
      let result;
      r.onsuccess = () => { result = r.result; };
      tx.oncomplete = () => ok(result);
      tx.onerror = () => ko(tx.error);
    });
    try { ${body} } finally { db.close(); }
  })()`;
}

const readRows = (page: E2EPage) => page.evaluate<Row[]>(withDb(`return await request('readonly', (s) => s.getAll());`));
const putRow = (page: E2EPage, row: Row) => page.evaluate(withDb(`await request('readwrite', (s) => s.put(${JSON.stringify(row)})); return true;`));
const deleteRow = (page: E2EPage, id: string) =>
  page.evaluate(withDb(`await request('readwrite', (s) => s.delete(${JSON.stringify(id)})); return true;`));

async function openFromBadge(browser: E2EBrowser, portal: E2EPage, server: FixtureServer, key: string): Promise<E2EPage> {
  await portal.goto(server.url('visma-flyt-skole/class-overview.html'));
  const badge = `document.querySelector('naervaer-badge[data-student="${key}"]')`;
  await portal.waitFor(`!!${badge}?.dataset.level`);
  await portal.clickInShadow(badge, 'button'); // a real click: the overlay ignores scripted ones
  await portal.waitFor(`!!document.querySelector('naervaer-popover') && !document.querySelector('naervaer-popover').hidden`);
  await portal.clickInShadow(`document.querySelector('naervaer-popover')`, 'button', 'Notater og skjema');
  return browser.waitForExtensionPage(`student.html?student=${encodeURIComponent(key)}`);
}

/** Unlocks (or sets up) if the page asks for the passphrase, then waits for the notes. */
async function reachNotes(student: E2EPage, firstUse: boolean): Promise<void> {
  await student.waitFor(`!!document.querySelector('${testid('free-text')}') || !!document.querySelector('${testid('passphrase-input')}')`, 30_000);
  if (await student.evaluate<boolean>(`!!document.querySelector('${testid('passphrase-input')}')`)) {
    await student.fill(testid('passphrase-input'), PASSPHRASE);
    if (firstUse) await student.fill(testid('passphrase-repeat'), PASSPHRASE);
    await student.click(testid('unlock-submit'));
  }
  await student.waitFor(`!!document.querySelector('${testid('free-text')}')`, 30_000);
}

/** Saves the text and returns the stored rows once the store holds a row it did not hold before. */
async function save(student: E2EPage, attacker: E2EPage, text: string): Promise<Row[]> {
  const before = new Set((await readRows(attacker)).map((row) => row.sealed.iv));
  await student.fill(testid('free-text'), text);
  await student.click(testid('save-button'));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const rows = await readRows(attacker);
    if (rows.some((row) => !before.has(row.sealed.iv))) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the save of "${text}" never reached the store`);
}

/** The student page as the teacher opens it next: settled on the notes, a refusal or an integrity report. */
async function studentPageNow(page: E2EPage, origin: string, key: string): Promise<{ kind: string | null; text: string; notes: string | null }> {
  await page.goto(`${origin}/student.html?student=${encodeURIComponent(key)}`);
  await page.waitFor(
    `!!document.querySelector('${testid('free-text')}') || !!document.querySelector('[role="alert"]') || !!document.querySelector('${testid('passphrase-input')}')`,
    30_000,
  );
  return page.evaluate(`(() => ({
    kind: document.querySelector('${testid('integrity-problem')}')?.dataset.kind ?? null,
    text: document.querySelector('main').textContent,
    notes: document.querySelector('${testid('free-text')}')?.value ?? null,
  }))()`);
}

async function listNow(page: E2EPage, origin: string): Promise<{ problems: Array<[string, string]>; text: string }> {
  await page.goto(`${origin}/student.html`);
  await page.waitFor(`!!document.querySelector('${testid('student-list')}') && !/Laster/.test(document.querySelector('${testid('student-list')}').textContent)`, 30_000);
  return page.evaluate(`(() => ({
    problems: [...document.querySelectorAll('${testid('integrity-problems')} li')].map((li) => [li.dataset.kind, li.textContent]),
    text: document.querySelector('${testid('student-list')}').textContent,
  }))()`);
}

/** An extension page of the extension's own origin, whose IndexedDB is the vault's. */
async function attackerPage(browser: E2EBrowser, origin: string): Promise<E2EPage> {
  const page = await browser.newPage();
  await page.goto(`${origin}/options.html`);
  return page;
}

describe.each(browsers)('a profile written behind the vault in %s', (browserName) => {
  let server: FixtureServer;
  let browser: E2EBrowser;
  let origin: string;
  /** Every stored row, as the attacker copies them: Ola's first and current ciphertexts, Kari's. */
  const rows = {} as { olaFirst: Row; olaNow: Row; kari: Row };

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    origin = await browser.extensionOrigin();

    const portal = await browser.newPage();
    const ola = await openFromBadge(browser, portal, server, OLA.key);
    await reachNotes(ola, true);
    const attacker = await attackerPage(browser, origin);
    const afterFirst = await save(ola, attacker, OLA_FIRST);
    expect(afterFirst).toHaveLength(1);
    rows.olaFirst = afterFirst[0]!;
    const afterSecond = await save(ola, attacker, OLA_NOW);
    expect(afterSecond).toHaveLength(1);
    expect(afterSecond[0]!.id).toBe(rows.olaFirst.id);
    expect(afterSecond[0]!.sealed.iv).not.toBe(rows.olaFirst.sealed.iv);
    rows.olaNow = afterSecond[0]!;

    const kari = await openFromBadge(browser, portal, server, KARI.key);
    await reachNotes(kari, false);
    const all = await save(kari, attacker, KARI_NOTE);
    expect(all).toHaveLength(2);
    rows.kari = all.find((row) => row.id !== rows.olaFirst.id)!;
    await attacker.close();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('before any change, both students open with their own notes and nothing is reported', async () => {
    const page = await browser.newPage();
    expect((await studentPageNow(page, origin, OLA.key)).notes).toBe(OLA_NOW);
    expect((await studentPageNow(page, origin, KARI.key)).notes).toBe(KARI_NOTE);
    const list = await listNow(page, origin);
    expect(list.problems).toEqual([]);
    expect(list.text).toContain(OLA.name);
    expect(list.text).toContain(KARI.name);
    await page.close();
  });

  it("(a) Kari's ciphertext copied into Ola's slot is refused: Ola's page shows neither note", async () => {
    const page = await attackerPage(browser, origin);
    await putRow(page, { id: rows.olaNow.id, sealed: rows.kari.sealed });
    const ola = await studentPageNow(page, origin, OLA.key);
    expect(ola.notes).toBeNull();
    expect(ola.text).toContain('flyttet fra en annen elev');
    expect(ola.text).not.toContain('privat-kari');
    const list = await listNow(page, origin);
    expect(list.text).toContain('Notat som ikke kan åpnes');
    await putRow(page, rows.olaNow); // as it was
    expect((await studentPageNow(page, origin, OLA.key)).notes).toBe(OLA_NOW);
    await page.close();
  });

  it("(b) Ola's record put back to its older ciphertext is reported by name and not shown as current", async () => {
    const page = await attackerPage(browser, origin);
    await putRow(page, rows.olaFirst);
    const ola = await studentPageNow(page, origin, OLA.key);
    expect(ola.kind).toBe('rolledBack');
    expect(ola.notes).toBeNull();
    expect(ola.text).toContain(`Notatene om ${OLA.name} er en eldre kopi enn de du sist lagret.`);
    expect(ola.text).not.toContain('privat-eldre');
    const list = await listNow(page, origin);
    expect(list.problems).toEqual([['rolledBack', `Notatene om ${OLA.name} er en eldre kopi enn de du sist lagret.`]]);
    // Kari is untouched and still opens.
    expect((await studentPageNow(page, origin, KARI.key)).notes).toBe(KARI_NOTE);
    await putRow(page, rows.olaNow); // as it was
    expect((await listNow(page, origin)).problems).toEqual([]);
    await page.close();
  });

  it("(c) Kari's record deleted is reported by name, and her page does not start afresh", async () => {
    const page = await attackerPage(browser, origin);
    await deleteRow(page, rows.kari.id);
    const kari = await studentPageNow(page, origin, KARI.key);
    expect(kari.kind).toBe('deleted');
    expect(kari.notes).toBeNull();
    expect(kari.text).toContain(`Notatene om ${KARI.name} er slettet utenfor Nærværsradar.`);
    const list = await listNow(page, origin);
    expect(list.problems).toEqual([['deleted', `Notatene om ${KARI.name} er slettet utenfor Nærværsradar.`]]);
    expect((await studentPageNow(page, origin, OLA.key)).notes).toBe(OLA_NOW);

    // The teacher has checked and keeps the notes as they are: Kari is forgotten, nothing else is reported.
    await listNow(page, origin);
    await page.click(testid('integrity-accept'));
    await page.waitFor(`!document.querySelector('${testid('integrity-problems')}') && !/Laster/.test(document.querySelector('${testid('student-list')}').textContent)`, 30_000);
    const after = await listNow(page, origin);
    expect(after.problems).toEqual([]);
    expect(after.text).toContain(OLA.name);
    expect(after.text).not.toContain(KARI.name);
    await page.close();
  });
});
