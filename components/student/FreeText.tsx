import type { StudentRecord } from '../../lib/model';
import { useT } from './words';
import { SourceLine } from './AssessmentCard';
import { CONVERSATION_PROMPTS, CONVERSATION_SOURCE } from './conversation-prompts';
import { TextField } from './fields';
import { setFreeText } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';

/** The teacher's own words, with Rælingen's conversation questions beside them as prompts. */
export function FreeText({ record, update }: { record: StudentRecord; update: StudentRecordHandle['update'] }) {
  const t = useT();
  return (
    <section id="fritekst" aria-labelledby="fritekst-title" className="subsection free-text">
      <h3 id="fritekst-title">{t('stuFreeTextTitle')}</h3>
      <div className="free-text-layout">
        <TextField
          label={t('stuFreeTextLabel')}
          value={record.freeText}
          onChange={(text) => update((r, now) => setFreeText(r, text, now))}
          multiline
          rows={12}
          testId="free-text"
        />
        <details className="prompts" data-testid="conversation-prompts">
          <summary>
            {t('stuPromptsSummary')} <span lang="nb">«{CONVERSATION_SOURCE.section}»</span>
          </summary>
          <div lang="nb">
            {CONVERSATION_PROMPTS.map((group) => (
              <div key={group.heading}>
                <h4>{group.heading}</h4>
                <ul>
                  {group.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          <SourceLine source={CONVERSATION_SOURCE} />
        </details>
      </div>
    </section>
  );
}
