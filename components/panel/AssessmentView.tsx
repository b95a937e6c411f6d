import { memo, useCallback, useMemo, useState } from 'react';
import type { Capture } from '@/entrypoints/background/messages';
import { applyEdits, setEdit, withBanner, type Edits, type FeatureEdit } from '@/rules/edits';
import type { TextAssessment } from '@/rules/report/schema';
import { FEATURE_IDS, type FeatureId } from '@/rules/vocabulary/features';
import { CopyButtons, type CopyText } from './CopyButtons';
import { FeatureEditor, type FeatureRowData } from './FeatureEditor';
import { FindingCard } from './FindingCard';
import { GeneralAdvice } from './GeneralAdvice';
import { RedFlagScreen } from './RedFlagScreen';
import { SourceView } from './SourceView';
import { useOutcome } from './useOutcome';

export interface AssessmentViewProps {
  capture: Capture;
  text: string;
  /** What the engine made of the text: the features read and the outcome before any edit. */
  assessment: TextAssessment;
  copy?: CopyText;
}

/**
 * The assessment of one capture: the source text, the findings, the red-flag screen and the
 * feature editor. The clinician's edits live here; the rules re-run on every change, and
 * until their answer is back (or when it failed) the note cannot be copied.
 */
function AssessmentViewInner({ capture, text, assessment, copy }: AssessmentViewProps) {
  const [edits, setEdits] = useState<Edits>({});
  const [added, setAdded] = useState<FeatureId[]>([]);
  const [active, setActive] = useState<FeatureId | null>(null);
  const [focus, setFocus] = useState<{ id: FeatureId; n: number }>();

  const banner = useMemo(() => ({ age: capture.age, sex: capture.sex }), [capture.age, capture.sex]);
  const read = useMemo(() => withBanner(assessment.features, banner), [assessment.features, banner]);
  const features = useMemo(() => applyEdits(assessment.features, edits, banner), [assessment.features, edits, banner]);
  const { outcome, pending, error, retry } = useOutcome(features, assessment.outcome);
  const result = outcome.assessment;

  const rows: FeatureRowData[] = useMemo(() => {
    const shown = new Set<FeatureId>([...read.map((f) => f.id), ...(Object.keys(edits) as FeatureId[]), ...added]);
    return FEATURE_IDS.filter((id) => shown.has(id)).map((id) => ({
      id,
      current: features.find((f) => f.id === id),
      read: read.find((f) => f.id === id),
    }));
  }, [read, edits, added, features]);
  const addable = useMemo(() => FEATURE_IDS.filter((id) => !rows.some((r) => r.id === id)), [rows]);

  const onEdit = useCallback((id: FeatureId, edit: FeatureEdit) => setEdits((e) => setEdit(e, read, id, edit)), [read]);
  const onAdd = useCallback((id: FeatureId) => {
    setAdded((a) => (a.includes(id) ? a : [...a, id]));
    setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  }, []);

  return (
    <div className="layout">
      <div className="layout__source">
        <SourceView capture={capture} text={text} features={assessment.features} active={active} />
      </div>
      <div className="layout__findings">
        <section className="findings" aria-labelledby="findings-h" aria-busy={pending}>
          <h2 id="findings-h">Findings</h2>
          {error ? (
            <div className="state state--problem" role="alert">
              <p>
                <strong>The findings below are out of date:</strong> {error}
              </p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </div>
          ) : null}
          {result.findings.length ? (
            result.findings.map((f) => (
              <FindingCard
                key={f.id}
                finding={f}
                guidance={outcome.guidance}
                probability={f.id === 'flag.malignancy' ? result.malignancy : undefined}
              />
            ))
          ) : (
            <p className="muted">No finding fired on the features confirmed so far.</p>
          )}
        </section>
        <RedFlagScreen rows={result.screen} onRecord={onAdd} />
        {result.generalAdvice ? <GeneralAdvice guidance={outcome.guidance} /> : null}
        <CopyButtons note={outcome.note} json={outcome.json} copy={copy} disabled={pending || error !== null} />
      </div>
      <div className="layout__features">
        <FeatureEditor rows={rows} addable={addable} onEdit={onEdit} onAdd={onAdd} onActive={setActive} focus={focus} />
      </div>
    </div>
  );
}

/** Memoised: when the panel only marks the view stale (a new capture on its way), it is not rendered again. */
export const AssessmentView = memo(AssessmentViewInner);
