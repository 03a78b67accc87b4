import { SOURCES, type SourceId } from '@/lib/domain/rules';

/**
 * The source texts a rule comes from, as clinicians know them: by title, each linking to the
 * guidelines' list of sources. The file name stays at hand for review, in the link's tooltip and
 * in that list.
 */

/** The anchor of a source in the guidelines' list of sources. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`;
}

type Props = {
  ids: readonly SourceId[];
  /** Inside a sentence or hint: "(Title; Title)" instead of a "Sources: …" line. */
  inline?: boolean;
};

/** On the guidelines page itself a link is only a jump within the page (same path, new fragment). */
export function SourceRefs({ ids, inline = false }: Props) {
  const links = ids.map((id, index) => (
    <span key={id}>
      {index > 0 ? '; ' : null}
      <a
        href={`/guidelines#${sourceAnchor(id)}`}
        title={`Source file ${SOURCES[id].file}`}
        data-source-file={SOURCES[id].file}
        className="italic text-brand-700 underline decoration-dotted underline-offset-2 print:text-slate-700 print:no-underline"
      >
        {SOURCES[id].title}
      </a>
    </span>
  ));
  if (inline) return <span>({links})</span>;
  return (
    <p className="text-xs text-slate-500">
      {ids.length === 1 ? 'Source' : 'Sources'}: {links}
    </p>
  );
}
