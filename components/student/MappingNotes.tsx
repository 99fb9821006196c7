import type { Mapping, StudentRecord } from '../../lib/model';
import type { StudentKey } from './words';
import { useT } from './words';
import { TextField } from './fields';
import { setMapping } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';

const FIELDS: ReadonlyArray<[keyof Mapping, StudentKey]> = [
  ['naervaersfaktorer', 'stuMappingNaervaer'],
  ['utlosendeFaktorer', 'stuMappingUtlosende'],
  ['opprettholdendeFaktorer', 'stuMappingOpprettholdende'],
];

/** Trøndelag's Kartlegging: "Hva vet vi om nærværsfaktorer, utløsende- og opprettholdende faktorer?" */
export function MappingNotes({ record, update }: { record: StudentRecord; update: StudentRecordHandle['update'] }) {
  const t = useT();
  return (
    <section id="kartlegging" aria-labelledby="kartlegging-title" className="subsection" data-testid="mapping">
      <h3 id="kartlegging-title">{t('stuMappingTitle')}</h3>
      <p className="hint">
        <span lang="nb">«Hva vet vi om nærværsfaktorer, utløsende- og opprettholdende faktorer? ◦ Skole, hjem, elev, annet?»</span>{' '}
        <cite lang="nb">(Trøndelag fylkeskommune, Arbeidshjul: Kartlegging)</cite>
      </p>
      {FIELDS.map(([key, label]) => (
        <TextField
          key={key}
          label={t(label)}
          value={record.mapping[key]}
          onChange={(text) => update((r, now) => setMapping(r, key, text, now))}
          multiline
          rows={3}
          testId={`mapping-${key}`}
        />
      ))}
    </section>
  );
}
