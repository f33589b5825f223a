import type { IgnoredPart } from '../state/url';
import type { Strings } from '../i18n/strings';
import { dismissIgnored } from '../state/store';

/** Says in plain words which parts of the opening link were ignored. Values are shown as text only. */
export default function Notice({ ignored, strings }: { ignored: IgnoredPart[]; strings: Strings }) {
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{strings.noticeHeading}</p>
      <ul>
        {ignored.map((part, i) => (
          <li key={i}>
            <code>
              <bdi>{part.param}</bdi>
              {part.value !== '' && (
                <>
                  =<bdi>{part.value}</bdi>
                </>
              )}
            </code>
            : {strings.ignoredReason[part.reason]}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={dismissIgnored}>
        {strings.dismiss}
      </button>
    </div>
  );
}
