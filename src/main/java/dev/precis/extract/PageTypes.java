package dev.precis.extract;

import org.jsoup.nodes.Document;

/** Stage 3: the page type, from the page's structure and structured data. */
final class PageTypes {

    private PageTypes() {
    }

    static PageType detect(Document doc, PageIndex index, Metadata meta, TextSizes sizes, String pageUrl) {
        return PageType.ARTICLE;
    }
}
