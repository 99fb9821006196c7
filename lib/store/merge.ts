import type { CaseRecord, IsoDate, StressItem, StudentRecord } from '../model';

/**
 * Merging a backup into the store, by student and by entry id. Pure: the caller passes the import
 * day and stamp. The rule is "newest updatedAt wins, and nothing is silently dropped":
 *
 * - A student only in the backup is added as it is; a student only here is left alone.
 * - For a student on both sides, the side with the later `updatedAt` is "newer" (a tie counts the
 *   record already here as newer). Portal facts (displayName, className, portal, closedAt) come
 *   from the newer side; createdAt is the earlier of the two.
 * - Teacher-written text (freeText, the three mapping fields): the newer text stays. If the older
 *   text differs and is not already contained in the newer one, it is appended under a dated
 *   marker that says whether the older text came from the file or was the one here (worded by the
 *   importing page, MergeWords) and counted in `conflictsKept`. Because containment is checked, importing the same
 *   file twice adds nothing the second time.
 * - Contact-log entries and reminders: union by id; when both sides have an id and differ, the one
 *   with the later entry `updatedAt` wins and the other's text (with its date and party, or due
 *   date, when those differ) is appended to it under the marker.
 * - Stress items: union by id; when both differ, the newer record's item wins and the older one,
 *   if its situation text differs, is kept as its own item (id suffixed "~1", "~2" …) unless an
 *   identical item is already there.
 * - Case record: the same case (same profile and opening day) is merged step by step (a step done
 *   on either side is done). Different cases: the newer one stays, and the older one is described
 *   in the free text under the marker. A case on only one side is kept.
 * - Lists keep the newer record's order, followed by what only the older one has.
 * - Blank (whitespace-only) text is not kept as a conflict: there is nothing in it to lose.
 * - Deletions are not carried: an entry deleted here but present in the file comes back. Losing a
 *   note is worse than seeing one twice.
 */

export interface MergeContext {
  /** The import day, for the markers. */
  importedOn: IsoDate;
  /** The import moment (toISOString form): the updatedAt of records the merge itself changed. */
  now: string;
  /** The words the merge writes into the notes it keeps, in the teacher's language. */
  words: MergeWords;
}

/**
 * What the merge writes into a teacher's note when it keeps an older text beside a newer one. The
 * text stays in the note, so it is worded by the page that imports (options), in the teacher's
 * language, not here.
 */
export interface MergeWords {
  /** The line above an older text: it came from the backup file, or it was here and the file's replaced it. */
  olderText(olderSide: 'backup' | 'local', importedOn: IsoDate): string;
  /** A reminder kept with its own due date, which differs from the newer one's. */
  reminderDue(dueOn: IsoDate, text: string): string;
  /** A different, older case than the one kept: what it was, in one line. */
  earlierCase(record: CaseRecord): string;
}

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

export interface StudentMerge {
  record: StudentRecord;
  outcome: MergeOutcome;
  entriesAdded: number;
  conflictsKept: number;
}

export interface MergeSummary {
  studentsAdded: number;
  studentsUpdated: number;
  studentsUnchanged: number;
  /** Contact-log entries, stress items and reminders that came from the file and were not here. */
  entriesAdded: number;
  /** Older differing texts kept beside the newer ones (see the rules above). */
  conflictsKept: number;
}

type Side = 'local' | 'backup';

/** Merges every incoming record; returns the records that must be written and the summary. */
export function mergeAll(
  local: readonly StudentRecord[],
  incoming: readonly StudentRecord[],
  ctx: MergeContext,
): { changed: StudentRecord[]; summary: MergeSummary } {
  const current = new Map(local.map((record) => [record.studentKey, record]));
  const changed = new Map<string, StudentRecord>();
  const summary: MergeSummary = {
    studentsAdded: 0,
    studentsUpdated: 0,
    studentsUnchanged: 0,
    entriesAdded: 0,
    conflictsKept: 0,
  };
  const wasHere = new Set(current.keys());
  for (const record of incoming) {
    const merged = mergeStudent(current.get(record.studentKey), record, ctx);
    summary.entriesAdded += merged.entriesAdded;
    summary.conflictsKept += merged.conflictsKept;
    if (merged.outcome !== 'unchanged') {
      current.set(record.studentKey, merged.record);
      changed.set(record.studentKey, merged.record);
    }
  }
  const incomingKeys = new Set(incoming.map((record) => record.studentKey));
  for (const key of incomingKeys) {
    if (!changed.has(key)) summary.studentsUnchanged += 1;
    else if (wasHere.has(key)) summary.studentsUpdated += 1;
    else summary.studentsAdded += 1;
  }
  return { changed: [...changed.values()], summary };
}

export function mergeStudent(
  local: StudentRecord | undefined,
  incoming: StudentRecord,
  ctx: MergeContext,
): StudentMerge {
  if (!local) {
    return {
      record: incoming,
      outcome: 'added',
      entriesAdded: incoming.contactLog.length + incoming.stress.length + incoming.reminders.length,
      conflictsKept: 0,
    };
  }
  const incomingIsNewer = incoming.updatedAt > local.updatedAt;
  const newer = incomingIsNewer ? incoming : local;
  const older = incomingIsNewer ? local : incoming;
  const olderSide: Side = incomingIsNewer ? 'local' : 'backup';
  const marker = ctx.words.olderText(olderSide, ctx.importedOn);
  let conflicts = 0;

  const keepText = (newerText: string, olderText: string): string => {
    if (olderText.trim() === '' || newerText.includes(olderText)) return newerText;
    conflicts += 1;
    return `${newerText}${newerText === '' ? '' : '\n\n'}${marker}\n${olderText}`;
  };

  const cases = mergeCase(newer.caseRecord, older.caseRecord, ctx.words);
  const freeText = keepText(keepText(newer.freeText, older.freeText), cases.olderCaseText);

  const contacts = mergeEntries(local.contactLog, incoming.contactLog, incomingIsNewer, ctx, 'agreed', (entry, winner) =>
    entry.date === winner.date && entry.withWhom === winner.withWhom
      ? entry.agreed
      : `(${entry.date}, ${entry.withWhom}) ${entry.agreed}`,
  );
  const reminders = mergeEntries(local.reminders, incoming.reminders, incomingIsNewer, ctx, 'text', (entry, winner) =>
    entry.dueOn === winner.dueOn ? entry.text : ctx.words.reminderDue(entry.dueOn, entry.text),
  );
  const stress = mergeStress(local.stress, incoming.stress, incomingIsNewer);
  conflicts += contacts.conflicts + reminders.conflicts + stress.conflicts;

  const merged: StudentRecord = {
    ...newer,
    caseRecord: cases.record,
    contactLog: contacts.entries,
    mapping: {
      naervaersfaktorer: keepText(newer.mapping.naervaersfaktorer, older.mapping.naervaersfaktorer),
      utlosendeFaktorer: keepText(newer.mapping.utlosendeFaktorer, older.mapping.utlosendeFaktorer),
      opprettholdendeFaktorer: keepText(newer.mapping.opprettholdendeFaktorer, older.mapping.opprettholdendeFaktorer),
    },
    stress: stress.items,
    reminders: reminders.entries,
    // Consents are what holds now, so the newer side's stand (a withdrawal included); the export
    // log is history, so both sides' entries.
    consents: newer.consents,
    exports: exportLogUnion(older.exports, newer.exports),
    freeText,
    createdAt: older.createdAt < newer.createdAt ? older.createdAt : newer.createdAt,
  };

  const entriesAdded = contacts.added + reminders.added + stress.added;
  if (sameValue(merged, local)) return { record: local, outcome: 'unchanged', entriesAdded: 0, conflictsKept: 0 };
  if (sameValue(merged, incoming)) return { record: incoming, outcome: 'updated', entriesAdded, conflictsKept: conflicts };
  const stamp = ctx.now > newer.updatedAt ? ctx.now : newer.updatedAt;
  return { record: { ...merged, updatedAt: stamp }, outcome: 'updated', entriesAdded, conflictsKept: conflicts };
}

interface Timestamped {
  id: string;
  updatedAt: string;
}

/**
 * The union by id of two lists of entries: the newer record's order first, then the ids only the
 * older record has. An entry on one side only is kept as it is (and counted in `added` when it
 * came from the file); for an id on both sides, `onBoth` gives the entry to keep.
 */
function unionById<T extends { id: string }>(
  local: readonly T[],
  incoming: readonly T[],
  incomingIsNewer: boolean,
  onBoth: (ours: T, theirs: T) => T,
): { entries: T[]; added: number } {
  const ourById = new Map(local.map((entry) => [entry.id, entry]));
  const theirById = new Map(incoming.map((entry) => [entry.id, entry]));
  const [newer, older] = incomingIsNewer ? [incoming, local] : [local, incoming];
  const ids = new Set([...newer.map((entry) => entry.id), ...older.map((entry) => entry.id)]);
  const entries: T[] = [];
  let added = 0;
  for (const id of ids) {
    const ours = ourById.get(id);
    const theirs = theirById.get(id);
    if (ours && theirs) entries.push(onBoth(ours, theirs));
    else if (ours) entries.push(ours);
    else if (theirs) {
      entries.push(theirs);
      added += 1;
    }
  }
  return { entries, added };
}

/**
 * Union by id. For an id on both sides, the later entry wins; the loser's text (described by
 * `describe` relative to the winner) is appended to the winner's `field` unless already there.
 */
function mergeEntries<T extends Timestamped & Record<F, string>, F extends keyof T & string>(
  local: readonly T[],
  incoming: readonly T[],
  incomingIsNewer: boolean,
  ctx: MergeContext,
  field: F,
  describe: (loser: T, winner: T) => string,
): { entries: T[]; added: number; conflicts: number } {
  let conflicts = 0;
  const { entries, added } = unionById(local, incoming, incomingIsNewer, (ours, theirs) => {
    if (sameValue(ours, theirs)) return ours;
    const theirsIsNewer = theirs.updatedAt > ours.updatedAt;
    const winner = theirsIsNewer ? theirs : ours;
    const loser = theirsIsNewer ? ours : theirs;
    const body = describe(loser, winner);
    if (loser[field].trim() === '' || winner[field].includes(body)) return winner;
    conflicts += 1;
    const marker = ctx.words.olderText(theirsIsNewer ? 'local' : 'backup', ctx.importedOn);
    const text = `${winner[field]}${winner[field] === '' ? '' : '\n\n'}${marker}\n${body}`;
    const stamp = ctx.now > winner.updatedAt ? ctx.now : winner.updatedAt;
    return { ...winner, [field]: text, updatedAt: stamp };
  });
  return { entries, added, conflicts };
}

function mergeStress(
  local: readonly StressItem[],
  incoming: readonly StressItem[],
  incomingIsNewer: boolean,
): { items: StressItem[]; added: number; conflicts: number } {
  const kept: StressItem[] = [];
  const { entries: items, added } = unionById(local, incoming, incomingIsNewer, (ours, theirs) => {
    const winner = incomingIsNewer ? theirs : ours;
    const loser = incomingIsNewer ? ours : theirs;
    if (loser.situation.trim() !== '' && loser.situation !== winner.situation) kept.push(loser);
    return winner;
  });
  let conflicts = 0;
  for (const loser of kept) {
    const sameContent = (item: StressItem) =>
      item.situation === loser.situation && item.rank === loser.rank && item.grade === loser.grade;
    if (items.some(sameContent)) continue;
    let n = 1;
    while (items.some((item) => item.id === `${loser.id}~${n}`)) n += 1;
    items.push({ ...loser, id: `${loser.id}~${n}` });
    conflicts += 1;
  }
  return { items, added, conflicts };
}

function mergeCase(
  newer: CaseRecord | null,
  older: CaseRecord | null,
  words: MergeWords,
): { record: CaseRecord | null; olderCaseText: string } {
  if (!newer || !older) return { record: newer ?? older, olderCaseText: '' };
  if (newer.profileId !== older.profileId || newer.openedOn !== older.openedOn) {
    return { record: newer, olderCaseText: words.earlierCase(older) };
  }
  const steps = new Map(older.steps.map((step) => [step.stepId, step]));
  for (const step of newer.steps) steps.set(step.stepId, step);
  const agreementSignedOn = newer.agreementSignedOn ?? older.agreementSignedOn;
  return {
    record: {
      ...newer,
      steps: [...steps.values()].sort((a, b) => compare(a.doneOn, b.doneOn) || compare(a.stepId, b.stepId)),
      ...(agreementSignedOn !== undefined ? { agreementSignedOn } : {}),
    },
    olderCaseText: '',
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deep equality of plain JSON-like values; a key holding undefined counts as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  }
  const keysOf = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined).map(([k]) => k);
  const aKeys = keysOf(a);
  const bKeys = keysOf(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function exportLogUnion(a: StudentRecord['exports'], b: StudentRecord['exports']): StudentRecord['exports'] {
  const key = (e: StudentRecord['exports'][number]) => `${e.at} ${e.formId} ${e.format}`;
  const byKey = new Map([...a, ...b].map((entry) => [key(entry), entry]));
  return [...byKey.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
