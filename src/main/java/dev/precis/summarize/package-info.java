/**
 * {@link dev.precis.model.Article} + questions → {@link dev.precis.model.Digest}: the engines (an LLM
 * through LangChain4j, or the built-in offline extractive engine) and the grounding check that keeps
 * only facts and answers whose quotes code places in the article ({@link dev.precis.summarize.Grounding}:
 * as given, normalized, or aligned word by word by {@link dev.precis.summarize.QuoteAligner}), storing
 * the article's own words.
 */
package dev.precis.summarize;
