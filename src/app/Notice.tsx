import type { IgnoredPart } from '../state/url';
import type { Strings } from '../i18n/strings';
import { dismissIgnored } from '../state/store';

/**
 * Says in plain words which parts of the opening link were ignored. Values are shown as text only.
 * Compact (the embed view, framed in a small space): the parts on one line, without the reasons.
 */
export default function Notice({
  ignored,
  strings,
  compact = false,
}: {
  ignored: IgnoredPart[];
  strings: Strings;
  compact?: boolean;
}) {
  if (ignored.length === 0) return null;
  if (compact) {
    return (
      <div className="notice notice-compact" role="status">
        <p>
          {strings.noticeHeading}{' '}
          {ignored.map((part, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <Part part={part} />
            </span>
          ))}{' '}
          <button type="button" className="link-button" onClick={dismissIgnored}>
            {strings.dismiss}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="notice" role="status">
      <p>{strings.noticeHeading}</p>
      <ul>
        {ignored.map((part, i) => (
          <li key={i}>
            <Part part={part} />: {strings.ignoredReason[part.reason]}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={dismissIgnored}>
        {strings.dismiss}
      </button>
    </div>
  );
}

/** One ignored part as the link had it, `param=value`, isolated from the text around it. */
function Part({ part }: { part: IgnoredPart }) {
  return (
    <code>
      <bdi>{part.param}</bdi>
      {part.value !== '' && (
        <>
          =<bdi>{part.value}</bdi>
        </>
      )}
    </code>
  );
}
