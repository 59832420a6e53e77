/**
 * HTML → {@link dev.precis.model.Article}: the page's main text as paragraphs and as markdown, without
 * navigation, link lists, captions or comments, its page type and its metadata. Depends on jsoup, Jackson
 * (for the JSON pages embed) and the model only.
 * <p>
 * {@link dev.precis.extract.Extractor} is the façade and runs the numbered stages: (1) structured
 * data ({@code MetadataReader}, {@code JsonLd}, {@code JsonText}, {@code PageIndex}, {@code Titles});
 * (2) what a reader sees: content the page's scripts reveal ({@code Reveal}), removal of invisible
 * and non-content nodes, pruning of furniture ({@code Cleaner}); (3) the page type ({@code PageTypes});
 * (4) two readings of the body ({@code BodyReader}): scoring and sibling merging ({@code ContentScorer})
 * and the whole page, each cleaned up into blocks ({@code BlockWriter}); (5) the type's profile and a
 * plausibility estimate pick one ({@code Choice}, {@code Quality}); (6) pages with no readable body are
 * read from their noscript version, page data or JSON-LD ({@code Hydration}); markdown is written from
 * the same blocks ({@code Markdown}). What several stages ask about the same page is worked out once per
 * page: text sizes ({@code TextSizes}) and class/id vocabulary ({@code Names}). Every word list and
 * pattern lives in {@code Vocabulary}, every tunable number in {@code Tuning}.
 */
package dev.precis.extract;
