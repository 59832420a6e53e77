/**
 * HTML → {@link dev.precis.model.Article}: the article body as paragraphs, without navigation, link
 * lists, captions or comments, and its metadata. Depends on jsoup and the model only.
 * <p>
 * {@link dev.precis.extract.Extractor} is the façade and runs the numbered stages: (1) structured
 * data ({@code MetadataReader}, {@code JsonLd}, {@code PageIndex}, {@code Titles}); (2) removal of
 * invisible and non-content nodes ({@code Cleaner}); (3) scoring and (4) sibling merging
 * ({@code ContentScorer}); (5) clean-up into paragraphs ({@code BlockWriter}); (6) relaxed
 * fallback attempts and diagnostics. What several stages ask about the same page is worked out
 * once per page: text sizes ({@code TextSizes}) and class/id vocabulary ({@code Names}). Every
 * word list and pattern lives in {@code Vocabulary}, every tunable number in {@code Tuning}.
 */
package dev.precis.extract;
