import type { CSSProperties } from 'react';
import type { Priority } from '../content/schema';
import type { Lang } from '../content/ids';
import { PRIORITY_COLOURS } from './priorityColours';

/** The priority's number on its colour, then its label: colour is never the only cue. */
export function PriorityBadge({
  priority,
  lang,
  full = false,
}: {
  priority: Priority;
  lang: Lang;
  full?: boolean;
}) {
  return (
    <span className="priority-badge">
      <PrioritySwatch priority={priority} />
      <span className="priority-badge-label">{full ? priority.text[lang] : priority.label[lang]}</span>
    </span>
  );
}

export function PrioritySwatch({ priority }: { priority: Priority }) {
  const colour = PRIORITY_COLOURS[priority.id];
  const style: CSSProperties = { backgroundColor: colour.swatch, color: colour.ink };
  return (
    <span className="priority-swatch" style={style} aria-hidden="true">
      {priority.number}
    </span>
  );
}
