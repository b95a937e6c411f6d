import { useId, useState, type KeyboardEvent } from 'react';
import { GROUP_TITLE } from '@/rules/report/labels';
import { FEATURE_TABLE, type FeatureId } from '@/rules/vocabulary/features';

export interface AddFeatureProps {
  /** Vocabulary features not yet shown. */
  options: FeatureId[];
  onAdd(id: FeatureId): void;
}

const matches = (id: FeatureId, query: string) => {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const d = FEATURE_TABLE[id];
  return `${d.label} ${GROUP_TITLE[d.group]}`.toLowerCase().includes(q);
};

/** "Add a feature": a text box that filters a listbox of the vocabulary (combobox pattern). */
export function AddFeature({ options, onAdd }: AddFeatureProps) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState(0);
  const list = options.filter((id) => matches(id, query));
  const expanded = open && list.length > 0;
  const current = expanded ? list[Math.min(index, list.length - 1)] : undefined;
  const optionId = (id: FeatureId) => `${uid}-opt-${id}`;

  const choose = (id: FeatureId) => {
    onAdd(id);
    setQuery('');
    setOpen(false);
    setIndex(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setIndex((i) => Math.min(i + 1, list.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setIndex((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      choose(current);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setQuery('');
    }
  };

  return (
    <div className="add">
      <label htmlFor={`${uid}-input`} className="add__label">
        Add a feature
      </label>
      <input
        id={`${uid}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${uid}-list`}
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-describedby={`${uid}-hint`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setIndex(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p id={`${uid}-hint`} className="muted add__hint">
        Type to filter, arrow keys to move, Enter to add.
      </p>
      <ul id={`${uid}-list`} role="listbox" aria-label="Features not yet shown" className="add__list" hidden={!expanded}>
        {expanded
          ? list.map((id) => (
              <li
                key={id}
                id={optionId(id)}
                role="option"
                aria-selected={id === current}
                className={id === current ? 'is-current' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(id)}
              >
                {FEATURE_TABLE[id].label} <span className="muted">— {GROUP_TITLE[FEATURE_TABLE[id].group]}</span>
              </li>
            ))
          : null}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open && query ? `${list.length} feature${list.length === 1 ? '' : 's'} match.` : ''}
      </p>
    </div>
  );
}
