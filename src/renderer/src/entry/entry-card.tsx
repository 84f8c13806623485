import { useEffect, useRef } from 'react';
import type { DirectoryEntry } from '../../../shared/directory-pack';
import { formForBox } from '../../../shared/forms/form-catalog';
import { useDeskStore } from '../desk-store';
import { openForm } from '../forms/draft-email';
import { ContactValueRow } from './contact-value-row';
import { EntryHistory, EntrySources } from './entry-provenance';

/** Everything the directory knows about one contact point, ready to copy, call or e-mail. */
export function EntryCard({ entry }: { entry: DirectoryEntry }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focusPending = useDeskStore((state) => state.cardFocusPending);
  const boxForm = formForBox(entry.key);

  useEffect(() => {
    if (focusPending && useDeskStore.getState().takeCardFocus()) heading.current?.focus();
  }, [focusPending]);

  return (
    <article className="entry-card" aria-labelledby="entry-card-title">
      <p className="entry-topic">{entry.topic}</p>
      <h2 id="entry-card-title" ref={heading} tabIndex={-1}>
        {entry.title}
      </h2>
      <p className="entry-purpose">{entry.purpose}</p>
      <ul className="contact-values" aria-label="Ways to reach them">
        {entry.values.map((value, index) => (
          <ContactValueRow key={`${value.kind}-${index}`} value={value} entry={entry} />
        ))}
      </ul>
      {boxForm && !boxForm.containsPhi ? (
        <p className="entry-form">
          <button type="button" className="primary" onClick={() => openForm(boxForm)}>
            Fill in the {boxForm.title.toLowerCase()}
          </button>
        </p>
      ) : null}
      {entry.notes.length > 0 ? (
        <ul className="entry-notes" aria-label="Good to know">
          {entry.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {entry.checklist ? (
        <section className="entry-checklist" aria-labelledby="entry-checklist-title">
          <h3 id="entry-checklist-title">{entry.checklist.title}</h3>
          <ol>
            {entry.checklist.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <EntryHistory entry={entry} />
      <EntrySources entry={entry} />
    </article>
  );
}
