/**
 * {@link dev.precis.model.Article} + questions → {@link dev.precis.model.Digest}: the engines (an LLM
 * through LangChain4j, or the built-in offline extractive engine) and the grounding check that keeps
 * only facts and answers whose quotes are found in the article.
 */
package dev.precis.summarize;
