import { useEffect, useRef } from 'react';
import type { FeatureEdit } from '@/rules/edits';
import { GROUP_ORDER, GROUP_TITLE } from '@/rules/report/labels';
import type { ExtractedFeature } from '@/rules/vocabulary/extraction';
import { FEATURE_TABLE, type FeatureId } from '@/rules/vocabulary/features';
import { AddFeature } from './AddFeature';
import { FeatureRow } from './FeatureRow';

export interface FeatureRowData {
  id: FeatureId;
  current?: ExtractedFeature;
  read?: ExtractedFeature;
}

export interface FeatureEditorProps {
  rows: FeatureRowData[];
  addable: FeatureId[];
  onEdit(id: FeatureId, edit: FeatureEdit): void;
  onAdd(id: FeatureId): void;
  onActive(id: FeatureId | null): void;
  /** Move focus to this feature's status (after it was added); n makes repeated requests distinct. */
  focus?: { id: FeatureId; n: number };
}

/** The features, grouped for a clinician's eye, each with its status control. */
export function FeatureEditor({ rows, addable, onEdit, onAdd, onActive, focus }: FeatureEditorProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus) return;
    const row = ref.current?.querySelector(`[data-feature="${focus.id}"]`);
    row?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [focus]);

  return (
    <section className="features" aria-labelledby="features-h" ref={ref}>
      <h2 id="features-h">Features</h2>
      <p className="muted">Confirm or correct what was read; the findings update at once.</p>
      <AddFeature options={addable} onAdd={onAdd} />
      {GROUP_ORDER.map((group) => {
        const inGroup = rows.filter((r) => FEATURE_TABLE[r.id].group === group);
        if (!inGroup.length) return null;
        return (
          <section key={group} className="group" aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{GROUP_TITLE[group]}</h3>
            {inGroup.map((r) => (
              <FeatureRow key={r.id} id={r.id} current={r.current} read={r.read} onEdit={onEdit} onActive={onActive} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
