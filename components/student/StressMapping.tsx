import { useId } from 'react';
import { StressGrade, type StressItem, type StudentRecord } from '../../lib/model';
import type { StudentKey } from './words';
import { useT } from './words';
import { addStress, removeStress, updateStress } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';

const GRADE_LABEL: Record<StressGrade, StudentKey> = {
  Lett: 'stuGradeLett',
  Middels: 'stuGradeMiddels',
  Vanskelig: 'stuGradeVanskelig',
  Umulig: 'stuGradeUmulig',
};

const RANKS = [1, 2, 3, 4, 5, 6] as const;

/**
 * Trøndelag's "Kartlegging av stress": situations of the school day the student ranks 1–6, or
 * places on the staircase Lett / Middels / Vanskelig / Umulig.
 */
export function StressMapping({
  record,
  update,
  newId,
}: {
  record: StudentRecord;
  update: StudentRecordHandle['update'];
  newId: () => string;
}) {
  const t = useT();
  return (
    <section id="stress" aria-labelledby="stress-title" className="subsection" data-testid="stress-mapping">
      <h3 id="stress-title">{t('stuStressTitle')}</h3>
      <p className="hint">
        <span lang="nb">
          «En enkel metode er å skrive opp mulige stressorer, og vanlige aktiviteter og situasjoner i skolehverdagen på lapper. Eleven
          rangerer disse på en skala fra 1-6 eller legger dem på en trapp»
        </span>{' '}
        <cite lang="nb">(Trøndelag fylkeskommune, Kartlegging av stress)</cite>
      </p>
      {record.stress.length === 0 ? <p>{t('stuStressNone')}</p> : null}
      <ol className="stress-list">
        {record.stress.map((item, index) => (
          <StressRow key={item.id} item={item} index={index} update={update} />
        ))}
      </ol>
      <button
        type="button"
        className="secondary"
        data-testid="stress-add"
        onClick={() => update((r, now) => addStress(r, newId(), now), { commit: true })}
      >
        {t('stuStressAdd')}
      </button>
    </section>
  );
}

function StressRow({ item, index, update }: { item: StressItem; index: number; update: StudentRecordHandle['update'] }) {
  const t = useT();
  const id = useId();
  const change = (patch: Parameters<typeof updateStress>[2]) => update((r, now) => updateStress(r, item.id, patch, now));
  return (
    <li className="stress-row" role="group" aria-label={t('stuStressRow', index + 1)}>
      <div className="field">
        <label htmlFor={`${id}-situation`}>{t('stuStressSituation')}</label>
        <input id={`${id}-situation`} type="text" value={item.situation} onChange={(e) => change({ situation: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-rank`}>{t('stuStressRank')}</label>
        <select
          id={`${id}-rank`}
          value={item.rank ?? ''}
          onChange={(e) => change({ rank: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">{t('stuNotSet')}</option>
          {RANKS.map((rank) => (
            <option key={rank} value={rank}>
              {rank}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-grade`}>{t('stuStressGrade')}</label>
        <select
          id={`${id}-grade`}
          value={item.grade ?? ''}
          onChange={(e) => change({ grade: e.target.value === '' ? null : StressGrade.parse(e.target.value) })}
        >
          <option value="">{t('stuNotSet')}</option>
          {StressGrade.options.map((grade) => (
            <option key={grade} value={grade}>
              {t(GRADE_LABEL[grade])}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="link-button"
        aria-label={t('stuRemoveStressLabel', index + 1)}
        onClick={() => update((r, now) => removeStress(r, item.id, now), { commit: true })}
      >
        {t('stuRemove')}
      </button>
    </li>
  );
}
