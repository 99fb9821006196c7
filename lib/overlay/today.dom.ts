import { isRealDate, type IsoDate } from '../model/date';

/**
 * Today's date in Europe/Oslo, where Norwegian schools register absence. The entrypoint is the
 * only place that reads the clock; everything below it takes `asOf` as an argument.
 *
 * In the test build (and so in the demo), a page may pin "today" with
 * <meta name="naervaer-as-of" content="YYYY-MM-DD">, so that fixture pages built around a date keep
 * their meaning on any later day. The store build ignores the tag.
 */
export function todayInOslo(doc: Document, testBuild: boolean): IsoDate {
  const now = Date.now();
  if (lastRead && lastRead.doc === doc && lastRead.testBuild === testBuild && now >= lastRead.at && now - lastRead.at < REUSE_MS) return lastRead.date;
  const date = readToday(doc, testBuild, now);
  lastRead = { doc, testBuild, at: now, date };
  return date;
}

/**
 * How long a date once read is the answer: the overlay asks for every student it reads and
 * renders, several times each, and formatting the clock's time in Oslo (or looking for the pinned
 * date) each time added up on a page of a thousand students. A clock set back reads again.
 */
const REUSE_MS = 1000;
let lastRead: { doc: Document; testBuild: boolean; at: number; date: IsoDate } | null = null;

function readToday(doc: Document, testBuild: boolean, now: number): IsoDate {
  if (testBuild) {
    const pinned = pinnedDate(doc);
    if (pinned) return pinned;
  }
  osloDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
  return osloDate.format(new Date(now));
}

/**
 * Made once: the overlay asks for today's date for every student it reads, and building an Intl
 * format costs far more than using one. The clock is still read on every call.
 */
let osloDate: Intl.DateTimeFormat | null = null;

/** The pinned date of this page, or of the page a frame sits in (a framed portal pins it once, on top). */
function pinnedDate(doc: Document): IsoDate | null {
  let current: Document | null = doc;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const pinned = current.querySelector('meta[name="naervaer-as-of"]')?.getAttribute('content');
    if (pinned && isRealDate(pinned)) return pinned;
    current = parentDocument(current);
  }
  return null;
}

function parentDocument(doc: Document): Document | null {
  const view = doc.defaultView;
  if (!view || view.parent === view) return null;
  try {
    return view.parent.document; // throws for a cross-origin parent
  } catch {
    return null;
  }
}
