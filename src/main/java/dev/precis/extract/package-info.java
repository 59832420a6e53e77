/**
 * HTML → {@link dev.precis.model.Article}: the article body as paragraphs, without navigation, link
 * lists, captions or comments, and its metadata. Depends on jsoup and the model only.
 */
package dev.precis.extract;
