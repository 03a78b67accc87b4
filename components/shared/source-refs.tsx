import { useTranslations } from 'next-intl';
import { chapterHref } from '@/components/guidelines/chapters';
import { SOURCES, splitCitations, type SourceId } from '@/lib/domain/rules/sources';

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

/** The titles, each a link unless in a form. On the guidelines' list of sources a link is a jump within the page. */
function SourceTitles({ ids, isLinked }: { ids: readonly SourceId[]; isLinked: boolean }) {
  const t = useTranslations('common.sources');
  return ids.map((id, index) => {
    const file = t('file', { file: SOURCES[id].file });
    return (
      <span key={id}>
        {index > 0 ? '; ' : null}
        {isLinked ? (
          <a
            href={chapterHref('sources', sourceAnchor(id))}
            title={file}
            className="text-brand-700 underline decoration-dotted underline-offset-2 print:text-slate-700 print:no-underline"
          >
            <cite>{t(`titles.${id}`)}</cite>
          </a>
        ) : (
          <cite title={file}>{t(`titles.${id}`)}</cite>
        )}
      </span>
    );
  });
}

export function SourceRefs({ ids, inline = false, isLinked = true }: Props) {
  const t = useTranslations('common.sources');
  const titles = <SourceTitles ids={ids} isLinked={isLinked} />;
  if (inline) return <span>({titles})</span>;
  return (
    <p className="text-xs text-slate-500">
      {ids.length === 1 ? t('one') : t('other')}: {titles}
    </p>
  );
}

/** A rule's text with the source ids written into it ("(001)", "002:") shown as titles. */
export function CitedText({ text, isLinked = true }: { text: string; isLinked?: boolean }) {
  return splitCitations(text).map((part, index) => {
    if (typeof part === 'string') return part;
    return part.form === 'PARENTHESES' ? (
      <SourceRefs key={index} ids={part.ids} inline isLinked={isLinked} />
    ) : (
      <span key={index}>
        <SourceTitles ids={part.ids} isLinked={isLinked} />:
      </span>
    );
  });
}
