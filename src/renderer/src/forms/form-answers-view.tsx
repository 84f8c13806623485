import { useEffect, useRef } from 'react';
import { answersText } from '../../../shared/forms/form-answers';
import { formSpec } from '../../../shared/forms/form-catalog';
import { CopyButton } from '../entry/copy-button';
import { useForms } from './form-session';
import { RecipientLine } from './recipient-line';

/**
 * A finished form the plan takes on its web site: each answer with its own Copy, to paste into
 * the plan's form field by field, or all of them at once, or printed. Nothing leaves from here,
 * so the draft stays until the desk deletes it.
 */
export function FormAnswersView() {
  const session = useForms((state) => state.session);
  const { backToEditing, close } = useForms.getState();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  if (!session?.answers) return null;
  const { answers, warnings } = session.answers;

  return (
    <section className="form-page answers-page" aria-labelledby="answers-title">
      <h2 id="answers-title" ref={heading} tabIndex={-1}>
        Answers to copy: {formSpec(session.formId).title}
      </h2>
      <RecipientLine recipient={session.recipient} />
      <dl className="answer-list">
        {answers.map((answer) => (
          <div key={answer.label} className="answer">
            <dt>{answer.label}</dt>
            <dd>
              <span className="answer-value">{answer.value}</span>
              <CopyButton text={answer.value} what={answer.label} />
            </dd>
          </div>
        ))}
      </dl>
      {Object.values(warnings).length > 0 ? (
        <ul className="preview-warnings" aria-label="Check before you copy">
          {Object.values(warnings).map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <CopyButton text={answersText(answers)} what="all answers" spelledOut />
        <button type="button" onClick={() => window.print()}>
          Print answers
        </button>
        <button type="button" onClick={backToEditing}>
          Back to editing
        </button>
        <button type="button" onClick={close}>
          Close (keep the draft)
        </button>
      </div>
    </section>
  );
}
