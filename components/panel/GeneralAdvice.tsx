import { GENERAL_ADVICE } from '@/rules/guidelines/general';
import type { SnippetView } from '@/rules/report/schema';
import { SnippetList, snippetsOf } from './SnippetList';

/** The general management snippets, shown when no critical flag fires. */
export function GeneralAdvice({ guidance }: { guidance: Record<string, SnippetView> }) {
  return (
    <section className="advice" aria-labelledby="advice-h">
      <h2 id="advice-h">General advice</h2>
      <SnippetList snippets={snippetsOf(GENERAL_ADVICE, guidance)} />
    </section>
  );
}
