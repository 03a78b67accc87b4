import { SOURCES, type SourceId } from '@/lib/domain/rules';

/**
 * The source texts a rule comes from, as clinicians know them: by title, each linking to the
 * guidelines' list of sources. The file name stays at hand for review, in the tooltip and in that
 * list. Inside a form the titles are not links: following one would lose what was typed, and
 * a link in every hint would add tab stops.
 */

/** The anchor of a source in the guidelines' list of sources. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`;
}

type Props = {
  ids: readonly SourceId[];
  /** Inside a sentence or hint: "(Title; Title)" instead of a "Sources: …" line. */
  inline?: boolean;
  isLinked?: boolean;
};

/** On the guidelines page itself a link is only a jump within the page (same path, new fragment). */
export function SourceRefs({ ids, inline = false, isLinked = true }: Props) {
  const links = ids.map((id, index) => {
    const file = `Source file ${SOURCES[id].file}`;
    return (
      <span key={id}>
        {index > 0 ? '; ' : null}
        {isLinked ? (
          <a
            href={`/guidelines#${sourceAnchor(id)}`}
            title={file}
            className="text-brand-700 underline decoration-dotted underline-offset-2 print:text-slate-700 print:no-underline"
          >
            <cite>{SOURCES[id].title}</cite>
          </a>
        ) : (
          <cite title={file}>{SOURCES[id].title}</cite>
        )}
      </span>
    );
  });
  if (inline) return <span>({links})</span>;
  return (
    <p className="text-xs text-slate-500">
      {ids.length === 1 ? 'Source' : 'Sources'}: {links}
    </p>
  );
}
