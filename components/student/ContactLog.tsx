import { useEffect, useId, useRef, useState } from 'react';
import { ContactParty, type ContactLogEntry, type IsoDate, type StudentRecord } from '../../lib/model';
import type { StudentKey } from './words';
import { useT } from './words';
import { formatDate } from '../../lib/i18n/format';
import { DateField, TextField } from './fields';
import { addContact, contactsNewestFirst, removeContact, updateContact } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';

export const PARTY_LABEL: Record<ContactParty, StudentKey> = {
  elev: 'stuPartyElev',
  foresatte: 'stuPartyForesatte',
  ledelse: 'stuPartyLedelse',
  kontaktlaerer: 'stuPartyKontaktlaerer',
  helsesykepleier: 'stuPartyHelsesykepleier',
  PPT: 'stuPartyPPT',
  UngdomsLOS: 'stuPartyUngdomsLOS',
  barnevern: 'stuPartyBarnevern',
  NAV: 'stuPartyNAV',
  OT: 'stuPartyOT',
  BUP: 'stuPartyBUP',
  annen: 'stuPartyAnnen',
};

function PartySelect({ value, onChange, testId }: { value: ContactParty; onChange: (party: ContactParty) => void; testId?: string }) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('stuContactWith')}</label>
      <select id={id} value={value} data-testid={testId} onChange={(event) => onChange(ContactParty.parse(event.target.value))}>
        {ContactParty.options.map((party) => (
          <option key={party} value={party}>
            {t(PARTY_LABEL[party])}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Kontakt med elev / foresatte / the others around the student: when, with whom, what was agreed.
 * Adding and removing save at once; an entry being edited waits for "Lagre".
 */
export function ContactLog({
  record,
  asOf,
  update,
  save,
  newId,
}: {
  record: StudentRecord;
  asOf: IsoDate;
  update: StudentRecordHandle['update'];
  save: StudentRecordHandle['save'];
  newId: () => string;
}) {
  const t = useT();
  const [date, setDate] = useState<IsoDate>(asOf);
  const [withWhom, setWithWhom] = useState<ContactParty>('foresatte');
  const [agreed, setAgreed] = useState('');
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <section id="kontaktlogg" aria-labelledby="kontaktlogg-title" className="subsection" data-testid="contact-log">
      <h3 id="kontaktlogg-title">{t('stuContactTitle')}</h3>
      <div className="add-box" role="group" aria-labelledby="kontaktlogg-add-title">
        <h4 id="kontaktlogg-add-title">{t('stuContactAddTitle')}</h4>
        <div className="row">
          <DateField label={t('stuContactDate')} value={date} onChange={setDate} testId="contact-date" />
          <PartySelect value={withWhom} onChange={setWithWhom} testId="contact-party" />
        </div>
        <TextField label={t('stuContactAgreed')} value={agreed} onChange={setAgreed} multiline rows={3} testId="contact-agreed" />
        <button
          type="button"
          data-testid="contact-log-add"
          onClick={() => {
            update((r, now) => addContact(r, { id: newId(), date, withWhom, agreed: agreed.trim() }, now), { commit: true });
            setAgreed('');
          }}
        >
          {t('stuContactAdd')}
        </button>
      </div>
      {record.contactLog.length === 0 ? (
        <p>{t('stuContactNone')}</p>
      ) : (
        <ol className="contact-list" reversed>
          {contactsNewestFirst(record.contactLog).map((entry) =>
            editing === entry.id ? (
              <ContactEditor
                key={entry.id}
                entry={entry}
                update={update}
                onDone={() => {
                  setEditing(null);
                  void save();
                }}
              />
            ) : (
              <li key={entry.id} className="contact-entry" data-testid="contact-entry">
                <p className="contact-head">
                  <strong>{formatDate(t.language, entry.date)}</strong> · {t(PARTY_LABEL[entry.withWhom])}
                </p>
                {entry.agreed ? <p className="pre-line">{entry.agreed}</p> : null}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('stuEditContactLabel', formatDate(t.language, entry.date), t(PARTY_LABEL[entry.withWhom]))}
                  onClick={() => setEditing(entry.id)}
                >
                  {t('stuEdit')}
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('stuRemoveContactLabel', formatDate(t.language, entry.date), t(PARTY_LABEL[entry.withWhom]))}
                  onClick={() => update((r, now) => removeContact(r, entry.id, now), { commit: true })}
                >
                  {t('stuRemove')}
                </button>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}

function ContactEditor({
  entry,
  update,
  onDone,
}: {
  entry: ContactLogEntry;
  update: StudentRecordHandle['update'];
  onDone: () => void;
}) {
  const t = useT();
  const group = useRef<HTMLLIElement>(null);
  useEffect(() => group.current?.focus(), []);
  const change = (patch: Parameters<typeof updateContact>[2]) => update((r, now) => updateContact(r, entry.id, patch, now));
  return (
    <li ref={group} tabIndex={-1} className="contact-entry editing" role="group" aria-label={t('stuEditContactGroup')}>
      <div className="row">
        <DateField label={t('stuContactDate')} value={entry.date} onChange={(date) => change({ date })} />
        <PartySelect value={entry.withWhom} onChange={(withWhom) => change({ withWhom })} />
      </div>
      <TextField label={t('stuContactAgreed')} value={entry.agreed} onChange={(agreed) => change({ agreed })} multiline rows={3} />
      <button
        type="button"
        onClick={onDone}
      >
        {t('stuEditDone')}
      </button>
    </li>
  );
}
