import { FormAnswersView } from './form-answers-view';
import { FormEditor } from './form-editor';
import { FormsHome } from './forms-home';
import { useForms } from './form-session';
import { MessagePreview } from './message-preview';

export function FormsView() {
  const stage = useForms((state) => state.session?.stage ?? null);
  if (stage === 'preview') return <MessagePreview />;
  if (stage === 'answers') return <FormAnswersView />;
  if (stage === 'editing') return <FormEditor />;
  return <FormsHome />;
}
