import { GENERAL_ADVICE } from '@/rules/guidelines';
import { SnippetList } from './SnippetList';

/** The general management snippets, shown when no critical flag fires. */
export function GeneralAdvice() {
  return (
    <section className="advice" aria-labelledby="advice-h">
      <h2 id="advice-h">General advice</h2>
      <SnippetList ids={GENERAL_ADVICE} />
    </section>
  );
}
