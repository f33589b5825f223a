import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../content/ids';
import type { Strategy } from '../content/schema';
import { countByPriority } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { TOUCH_ONLY, useMediaQuery } from '../lib/media';
import { markInput, MARKS } from '../lib/perf';
import { setPriorities, setQuery, togglePriority, useAppStore } from '../state/store';
import { MAX_Q_LENGTH } from '../state/url';
import { PrioritySwatch } from '../ui/PriorityBadge';

interface FilterBarProps {
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
}

/**
 * Search box and the eight priority chips (multi-select, OR), each with its count in the current scope.
 * While a region is open, a phone (app.css) folds them into one row: the search field and a button
 * that opens the chips.
 */
export function FilterBar({ strategy, lang, strings }: FilterBarProps) {
  const region = useAppStore((s) => s.region);
  const priorities = useAppStore((s) => s.priorities);
  const q = useAppStore((s) => s.q);
  const inputRef = useRef<HTMLInputElement>(null);
  const [chipsOpen, setChipsOpen] = useState(false);
  // A keyboard shortcut means nothing on a touch screen without a keyboard.
  const showHint = !useMediaQuery(TOUCH_ONLY);
  const counts = countByPriority(strategy, { region, q });

  // "/" focuses the search box from anywhere but another text field.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className={`filter-bar${region !== null ? ' is-folded' : ''}${chipsOpen ? ' is-open' : ''}`}>
      <div className="search-field" role="search">
        <label htmlFor="search-input">{strings.searchLabel}</label>
        <input
          id="search-input"
          ref={inputRef}
          type="search"
          value={q}
          maxLength={MAX_Q_LENGTH}
          placeholder={strings.searchPlaceholder}
          aria-describedby={showHint ? 'search-hint' : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && q !== '') {
              e.preventDefault();
              e.stopPropagation();
              setQuery('');
            }
          }}
        />
        {showHint && (
          <p id="search-hint" className="hint">
            {strings.searchHint}
          </p>
        )}
      </div>
      {region !== null && (
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={chipsOpen}
          aria-controls="priority-filter"
          onClick={() => setChipsOpen((open) => !open)}
        >
          {strings.filtersButton(priorities.length)}
        </button>
      )}
      <fieldset id="priority-filter" className="priority-filter">
        <legend>{strings.filterHeading}</legend>
        <ul className="chip-list">
          {strategy.priorities.map((p) => {
            const on = priorities.includes(p.id);
            const n = counts.get(p.id) ?? 0;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className={`chip${on ? ' is-on' : ''}`}
                  aria-pressed={on}
                  data-priority={p.id}
                  title={p.text[lang]}
                  onClick={(e) => {
                    markInput(MARKS.filterInput, e);
                    togglePriority(p.id);
                  }}
                >
                  <PrioritySwatch priority={p} />
                  <span className="chip-label">{p.label[lang]}</span>
                  <span className="chip-count" aria-hidden="true">
                    {n}
                  </span>
                  <span className="visually-hidden">, {strings.measureCount(n)}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {priorities.length > 0 && (
          <button type="button" className="link-button clear-filters" onClick={() => setPriorities([])}>
            {strings.clearFilters}
          </button>
        )}
      </fieldset>
    </div>
  );
}
