package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.model.Article;

/** The page type from structure and structured data, and the reading each type chooses. */
class PageTypesTest {

    private final Extractor extractor = new Extractor();

    private static String repeat(String s, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) b.append(s.replace("#", String.valueOf(k)));
        return b.toString();
    }

    private static final String PROSE = "<p>The council met on Tuesday evening to discuss the new budget, which includes funding "
            + "for roads, schools and the library, and voted to approve it after a long debate that went on late.</p>";

    @Test
    void aDatedNewsPageIsAnArticle() {
        Article a = extractor.extract("<html><head><meta property=\"article:published_time\" content=\"2025-04-27\">"
                + "</head><body><article><h1>Council passes budget</h1>" + repeat(PROSE, 4) + "</article></body></html>", null);
        assertEquals("article", a.pageType());
    }

    @Test
    void aThreadWithDiscussionMarkupIsAForumAndKeepsEachPostWithItsDate() {
        String post = "<div class=\"post\"><div class=\"post-date\">May #, 2024</div><p>I had the same problem after the update "
                + "to version #, and rolling back the driver fixed it for me; it has been stable for a week now.</p></div>";
        Article a = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"DiscussionForumPosting\",\"headline\":\"Driver crash after update\"}</script></head><body>"
                + "<h1>Driver crash after update</h1><div class=\"topic\">" + repeat(post, 5) + "</div></body></html>", null);
        assertEquals("forum", a.pageType());
        assertTrue(a.text().contains("May 3, 2024\n\nI had the same problem after the update to version 3"), a.text());
        assertTrue(a.text().contains("version 4"), a.text());
    }

    @Test
    void docsWithCodeUnderADocsPathAreDocumentation() {
        Article a = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/docs/install/\">"
                + "</head><body><nav>" + repeat("<a href=\"/docs/p#\">Page #</a>", 30) + "</nav><main><h1>Install</h1>"
                + "<p>Run the installer with the default options, then check the version it prints.</p>"
                + "<pre><code>curl -sSL https://example.org/install.sh | sh\n  tool --version</code></pre></main></body></html>",
                null);
        assertEquals("documentation", a.pageType());
        assertTrue(a.text().contains("curl -sSL https://example.org/install.sh | sh\n  tool --version"), a.text());
        assertFalse(a.text().contains("Page 7"), "the sidebar is left out: " + a.text());
    }

    /** A chart of ten entries that carry more facts than links, with {@code head} in its head. */
    private static String chart(String head) {
        String entry = "<li class=\"entry\"><h3><a href=\"/films/#\">Harbour Lights #</a></h3><span>2026</span>"
                + "<span>1h 4#m</span><span>Rated 6.# by 1# thousand viewers</span><span>Drama, mystery</span></li>";
        return "<html><head><meta property=\"og:type\" content=\"website\">" + head + "</head><body><header><a href=\"/\">"
                + "Home</a></header><h1>Most watched this week</h1><ul class=\"chart\">" + repeat(entry, 10) + "</ul></body></html>";
    }

    @Test
    void anUndatedPageOfCardsDeclaredAnItemListIsAListing() {
        Article declared = extractor.extract(chart("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1}]}</script>"), null);
        assertEquals("listing", declared.pageType());
        assertTrue(declared.text().contains("Harbour Lights 7"), "each entry keeps its linked title: " + declared.text());
        assertEquals("service", extractor.extract(chart(""), null).pageType(), "without the declaration it stays a service page");
    }

    @Test
    void aPageSellingOneThingIsAProduct() {
        Article a = extractor.extract("<html><head><meta property=\"og:type\" content=\"product\"></head><body><h1>Stoneware mug</h1>"
                + "<p class=\"price\">$24.00</p><button>Add to cart</button><div class=\"description\"><p>Wheel thrown and "
                + "glazed by hand, this mug holds 350 ml and keeps coffee warm for longer than thin porcelain does.</p></div>"
                + "</body></html>", null);
        assertEquals("product", a.pageType());
        assertTrue(a.text().contains("Wheel thrown"), a.text());
    }

    @Test
    void aProductTourUnderAProductsPathWithAPriceButNoCartOrProductMarkupIsNotAProduct() {
        String section = "<section><h2>Feature #</h2><p>Route traffic for feature # through the nearest of our data centres, "
                + "with rules you write once and apply to every site.</p></section>";
        String page = "<html><head><link rel=\"canonical\" href=\"https://example.com/products/edge-rules/\">%s</head><body>"
                + "<h1>Edge rules</h1>" + repeat(section, 5) + "<p>Plans from $20.00 a month.</p></body></html>";
        assertFalse(extractor.extract(page.formatted(""), null).pageType().equals("product"));
        assertEquals("product", extractor.extract(page.formatted("<meta property=\"og:type\" content=\"product\">"), null).pageType());
    }

    @Test
    void aGridOfPricedProductsIsACollectionAndKeepsItsTiles() {
        String tile = "<div class=\"tile\"><a href=\"/p/#\">Wool sock #</a><span>$1#.00</span></div>";
        Article a = extractor.extract("<html><body><h1>Men's socks</h1><div class=\"grid\">" + repeat(tile, 12)
                + "</div></body></html>", null);
        assertEquals("collection", a.pageType());
        assertTrue(a.text().contains("Wool sock 11"), a.text());
    }

    @Test
    void anIndexOfLinkedTeasersIsAListing() {
        String card = "<div class=\"card\"><h3><a href=\"/news/#\">Story number # about the harbour and its ferries</a></h3>"
                + "<span>Two lines</span></div>";
        Article a = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/news\"></head><body>"
                + "<h1>News</h1><div class=\"list\">" + repeat(card, 12) + "</div></body></html>", null);
        assertEquals("listing", a.pageType());
        assertTrue(a.text().contains("Story number 10 about the harbour"), a.text());
    }

    @Test
    void aListingKeepsItemsNamedTeaserOrRankingWhichAnArticleLeavesOut() {
        String card = "<div class=\"story-teaser\"><h3><a href=\"/news/#\">Story number # about the harbour and its ferries</a></h3>"
                + "<span class=\"rating-stars\">Rated #.5</span></div>";
        String list = "<div id=\"rankings-list\">" + repeat(card, 12) + "</div>";
        Article listing = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/news\"></head><body>"
                + "<h1>News</h1>" + list + "</body></html>", null);
        assertEquals("listing", listing.pageType());
        assertTrue(listing.text().contains("Story number 10 about the harbour"), listing.text());
        assertTrue(listing.text().contains("Rated 10.5"), listing.text());
        String prose = "<p>The harbour authority said on Monday that the ferries would run on a reduced timetable through the winter, "
                + "citing the cost of fuel and a shortage of trained crew on the northern routes this season.</p>";
        Article article = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/news/ferries\">"
                + "<meta property=\"og:type\" content=\"article\"><meta name=\"author\" content=\"Jane Roe\"></head><body>"
                + "<article><h1>Ferries cut back</h1>" + repeat(prose, 6) + "</article>"
                + "<div class=\"teaser\"><a href=\"/news/1\">Story number 1 about the harbour and its ferries</a></div>"
                + "</body></html>", null);
        assertEquals("article", article.pageType());
        assertFalse(article.text().contains("Story number 1 about"), article.text());
    }

    @Test
    void aListsCardIsNotPrunedForAWeakWordBesideItsName() {
        // a shop theme's product card: "links" (a weak negative) names its hover style, "card" names the item
        String card = "<div class=\"card-wrapper underline-links-hover\"><h3><a href=\"/news/#\">Story number # about the harbour "
                + "and its ferries</a></h3><p>Published in spring #</p></div>";
        Article listing = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/news\"></head><body>"
                + "<h1>News</h1><div class=\"grid\">" + repeat(card, 12) + "</div></body></html>", null);
        assertEquals("listing", listing.pageType());
        assertTrue(listing.text().contains("Story number 10 about the harbour"), listing.text());
        assertTrue(listing.text().contains("Published in spring 11"), listing.text());
        String prose = "<p>The harbour authority said on Monday that the ferries would run on a reduced timetable through the winter, "
                + "citing the cost of fuel and a shortage of trained crew on the northern routes this season.</p>";
        Article article = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/news/ferries\">"
                + "<meta property=\"og:type\" content=\"article\"><meta name=\"author\" content=\"Jane Roe\"></head><body>"
                + "<article><h1>Ferries cut back</h1>" + repeat(prose, 6)
                + "<div class=\"card-wrapper underline-links-hover\"><a href=\"/news/1\">Story number 1 about the harbour and "
                + "its ferries</a></div></article></body></html>", null);
        assertEquals("article", article.pageType());
        assertFalse(article.text().contains("Story number 1 about"), "an article's card box stays furniture: " + article.text());
    }

    @Test
    void aCardsReadFullArticleLinkIsNotItsText() {
        // advice-article cards (read as a service page's sections here; the line goes on any page): each card's title
        // and teaser stay, the link line under them is a control
        String card = "<div class=\"item\"><h3><a href=\"/advice/#\">How to choose a helmet, part #</a></h3>"
                + "<p>Fit, vents and weight of helmet number # explained for new riders.</p>"
                + "<p><a href=\"/advice/#\">Read full article</a></p></div>";
        Article listing = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/advice\"></head><body>"
                + "<h1>Expert advice</h1><div class=\"stories\">" + repeat(card, 12) + "</div></body></html>", null);
        assertTrue(listing.text().contains("Fit, vents and weight of helmet number 11 explained"), listing.text());
        assertFalse(listing.text().contains("Read full article"), listing.text());
    }

    @Test
    void aListsSortMenuResultCountAndPageCounterNeverAppear() {
        String card = "<div class=\"item\"><h3><a href=\"/news/#\">Story number # about the harbour and its ferries</a></h3>"
                + "<p>Story # tells how 143 results of the survey changed the timetable.</p></div>";
        Article listing = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.org/news\"></head><body>"
                + "<h1>News</h1><div class=\"bar\"><div>loaded 143 results</div><div>Sort: Best Match</div></div>"
                + "<p>Showing 1–12 of 143 stories</p><div class=\"stories\">" + repeat(card, 12) + "</div>"
                + "<div class=\"pager\"><div>Page 1 of 12</div><div>Sort by</div></div></body></html>", null);
        assertEquals("listing", listing.pageType());
        assertTrue(listing.text().contains("Story number 10 about the harbour"), listing.text());
        assertTrue(listing.text().contains("Story 5 tells how 143 results of the survey"), "a sentence is no count: " + listing.text());
        for (String control : List.of("loaded 143 results", "Sort: Best Match", "Showing 1–12", "Page 1 of 12", "Sort by")) {
            assertFalse(listing.text().contains(control), control + " in " + listing.text());
        }
    }

    @Test
    void anUndatedPageOfSectionsIsAServicePageAndKeepsThem() {
        String section = "<section class=\"hero feature\"><h2>Feature #</h2><p>Short pitch for feature # of the product.</p>"
                + "<a class=\"cta\" href=\"/demo\">Book a demo</a></section>";
        Article a = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.com/services/data/\"></head>"
                + "<body><h1>Data services</h1>" + repeat(section, 6) + "<div class=\"cookie-banner\">We use cookies</div>"
                + "</body></html>", null);
        assertEquals("service", a.pageType());
        assertTrue(a.text().contains("Short pitch for feature 0") && a.text().contains("Short pitch for feature 5"), a.text());
        assertFalse(a.text().contains("We use cookies"), a.text());
    }

    @Test
    void aServicePagesGridOfCardLinksIsContentAndARowOfShortLinksIsNot() {
        String section = "<section><h2>Part #</h2><p>Our crews handle part # of the job from start to finish.</p></section>";
        String card = "<a class=\"tile\" href=\"/features/#\"><h3>Feature # for busy teams</h3><span>Route every request to the "
                + "right person automatically, with the context they need to answer it the first time.</span></a>";
        String links = "<div class=\"quick\"><a href=\"/a\">Pricing</a> <a href=\"/b\">Partners</a> <a href=\"/c\">Careers</a> "
                + "<a href=\"/d\">Press</a></div>";
        Article a = extractor.extract("<html><head><link rel=\"canonical\" href=\"https://example.com/services/moving/\"></head>"
                + "<body><h1>Support services</h1>" + repeat(section, 4) + "<div class=\"grid\">" + repeat(card, 4) + "</div>"
                + links + "</body></html>", null);
        assertEquals("service", a.pageType());
        assertTrue(a.text().contains("Feature 3 for busy teams") && a.text().contains("the context they need"), a.text());
        assertFalse(a.text().contains("Partners"), a.text());
    }

    @Test
    void anUndatedUnsignedPageABusinessDescribesWithFaqMarkupIsAServicePage() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Organization\",\"name\":\"Harbour Movers\"},{\"@type\":\"FAQPage\"}]}</script>%s</head><body>"
                + "<h1>Moving help in Jackson</h1>" + repeat("<p>Crew # loads the truck, wraps the furniture in blankets and carries every "
                + "box up the stairs of your new home, so that you can spend the day with your family instead of lifting "
                + "heavy things; book them online and pay only for the hours they work, with no charge for the drive.</p>", 9) + "</body></html>";
        assertEquals("service", extractor.extract(page.formatted(""), null).pageType());
        assertEquals("article", extractor.extract(page.formatted("<meta property=\"article:published_time\" content=\"2025-04-27\">"), null)
                .pageType(), "a dated page is an article");
    }

    @Test
    void aPageDeclaredACollectionPageIsAListingAndIsReadAsItsStructureSays() {
        String recipe = "<p>Recipe #: a slow tomato sauce with garlic, basil and a splash of the pasta water, simmered "
                + "for an hour until it is thick enough to coat the back of a spoon and sweet without any sugar at all, "
                + "then finished with olive oil, torn basil leaves and a handful of grated cheese just before it goes onto the "
                + "plates of everyone waiting at the table.</p>";
        String page = "<html><head><meta property=\"og:type\" content=\"article\">%s</head><body><h1>Tomato sauces</h1>"
                + repeat(recipe, 9) + "</body></html>";
        Article plain = extractor.extract(page.formatted(""), null);
        Article declared = extractor.extract(page.formatted("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"CollectionPage\",\"name\":\"Tomato sauces\"}</script>"), null);
        assertEquals("article", plain.pageType());
        assertEquals("listing", declared.pageType());
        assertEquals(plain.text(), declared.text(), "the type is declared; the reading still follows the structure");
    }

    @Test
    void aPageAtTheEndOfANewsPathWithTeasersOfProseIsAListing() {
        String teaser = "<div class=\"teaser\"><h3><a href=\"/news/story-#\">Story # from the harbour</a></h3><p>Story # tells how "
                + "the harbour's ferries changed their timetable this spring after a long winter of complaints from the "
                + "islanders, who had waited hours on the quay for boats that never came, and what the council plans to do "
                + "about it before the summer crowds arrive.</p></div>";
        String page = "<html><head>%s</head><body><h1>News</h1><div class=\"teasers\">" + repeat(teaser, 8) + "</div></body></html>";
        assertEquals("listing", extractor.extract(page.formatted("<link rel=\"canonical\" href=\"https://example.org/news\">"), null)
                .pageType());
        assertEquals("article", extractor.extract(page.formatted("<link rel=\"canonical\" href=\"https://example.org/news/harbour-ferries\">"),
                null).pageType(), "a story's own URL goes on past the section's word");
    }

    /** A page of an older build: a long menu and a column of headlines beside an article {@code body}. */
    private static String oldBuild(String head, String body) {
        String menu = "<li class=\"nav\"><a href=\"/section-#\">Section #</a></li>";
        String headline = "<li class=\"hot\"><a href=\"/story-#\">The council's plan for the old harbour, part #, and what "
                + "it means for the boats moored there</a></li>";
        return "<html><head><meta property=\"og:type\" content=\"article\">" + head + "</head><body><ul class=\"menu\">"
                + repeat(menu, 30) + "</ul><h1>Harbour plan approved</h1><div class=\"entry\">" + body + "</div>"
                + "<ul class=\"popular\">" + repeat(headline, 14) + "</ul></body></html>";
    }

    private static final String RUN = "The council approved the plan for the old harbour on Tuesday, after a long debate in which "
            + "boat owners, fishermen and the people who live along the quay all spoke, and it will now go to the county for a "
            + "final vote in the spring, when the money for the new sea wall is due.";

    @Test
    void anArticleWrittenBetweenLineBreaksIsProseNotAList() {
        String dated = "<meta property=\"article:published_time\" content=\"2011-09-21\">";
        Article a = extractor.extract(oldBuild(dated, (RUN + "<br><br>").repeat(6)), null);
        assertEquals("article", a.pageType());
        assertFalse(a.text().contains("Section 7"), a.text());
        String entries = "<div class=\"entry-item\"><a href=\"/item-#\">Item #</a><br>" + RUN + "</div>";
        assertEquals("listing", extractor.extract(oldBuild(dated, repeat(entries, 6)), null).pageType(),
                "entries that each hold one run of description are still a list");
    }

    @Test
    void aStoryFiledUnderItsDateIsAnArticleHoweverShort() {
        String story = "<p>" + RUN + "</p>";
        assertEquals("listing", extractor.extract(oldBuild("", story), null).pageType(), "without a URL, mostly links: a list");
        assertEquals("article", extractor.extract(oldBuild("<link rel=\"canonical\" "
                + "href=\"https://example.org/2011/09/21/harbour-plan-approved\">", story), null).pageType());
        assertEquals("listing", extractor.extract(oldBuild("<link rel=\"canonical\" href=\"https://example.org/2011/09/21/\">",
                story), null).pageType(), "the day's archive is a list");
    }

    /** Signals of a page with the given code blocks, text, links, prose blocks, cards, date and author. */
    private static PageTypes.Signals signals(java.util.Set<String> types, int code, int text, int links, int prose, int cards,
                                             boolean dated, boolean authored) {
        return new PageTypes.Signals(types, "", code, 4, 0, 0, 0, text, links, prose, prose * 300, 0, 0, cards, 20, 0, false,
                dated, authored);
    }

    @Test
    void codeBlocksOnAPageNothingDatesOrSignsAreDocumentation() {
        assertEquals(PageType.DOCUMENTATION, PageTypes.decide(signals(java.util.Set.of(), 3, 9000, 500, 12, 0, false, false)));
        assertEquals(PageType.ARTICLE, PageTypes.decide(signals(java.util.Set.of(), 3, 9000, 500, 12, 0, true, false)),
                "a dated post with code is an article");
        assertEquals(PageType.ARTICLE, PageTypes.decide(signals(java.util.Set.of("blogposting"), 5, 9000, 500, 12, 0, false, false)));
        assertEquals(PageType.ARTICLE, PageTypes.decide(signals(java.util.Set.of(), 2, 9000, 500, 12, 0, false, false)),
                "two code blocks are not enough");
    }

    @Test
    void aPageOfMostlyLinksInCardsIsAListingWhateverItsOpenGraphType() {
        assertEquals(PageType.LISTING, PageTypes.decide(signals(java.util.Set.of("og:article"), 0, 3000, 1800, 1, 6, true, false)));
        assertEquals(PageType.ARTICLE, PageTypes.decide(signals(java.util.Set.of("og:article"), 0, 3000, 1800, 1, 6, true, true)),
                "dated and signed: an article with many links");
        assertEquals(PageType.ARTICLE, PageTypes.decide(signals(java.util.Set.of("newsarticle"), 0, 3000, 1800, 1, 6, false, false)));
        assertEquals(PageType.ARTICLE, PageTypes.decide(signals(java.util.Set.of("og:article"), 0, 3000, 1200, 1, 6, true, false)),
                "40% links is not mostly links");
    }
    /** A news section's front: dated teasers, each an {@code <article>} with its {@code <time>}, and a line of prose or none. */
    private static String feedPage(boolean signed) {
        String teaser = "<article class=\"story\"><h3>Harbour ferry timetable number # changes this spring</h3>"
                + "<time datetime=\"2025-03-0#\">March #, 2025</time><span>Three short lines of summary for story #.</span></article>";
        return "<html><head>" + (signed ? "<meta name=\"author\" content=\"Jane Roe\">" : "")
                + "</head><body><h1>Science</h1><p>Our science desk's latest reporting, from the harbour to the hills and "
                + "beyond, updated every morning by the newsroom with stories from the coast.</p><div class=\"river\">"
                + repeat(teaser, 9) + "</div></body></html>";
    }

    @Test
    void manyDatedArticlesWithLittleProseAreAFeedAListing() {
        Article a = extractor.extract(feedPage(false), null);
        assertEquals("listing", a.pageType());
        assertTrue(a.text().contains("Harbour ferry timetable number 0") && a.text().contains("Harbour ferry timetable number 8"), a.text());
        assertEquals("article", extractor.extract(feedPage(true), null).pageType(), "a signed page is an article with teasers");
    }

    @Test
    void aFeedNeedsManyDatedArticlesAndLittleProse() {
        java.util.function.BiFunction<Integer, Integer, PageTypes.Signals> page = (articles, proseChars) -> new PageTypes.Signals(
                java.util.Set.of(), "", 0, 4, 0, articles, articles, 9000, 1500, proseChars / 300, proseChars, 0, 0, 6, 20, 0,
                false, true, false);
        assertTrue(PageTypes.feed(page.apply(9, 2000)));
        assertFalse(PageTypes.feed(page.apply(7, 2000)), "seven articles: a page with related posts");
        assertFalse(PageTypes.feed(page.apply(9, 5400)), "60% of the text is prose: an article among teasers");
    }

    @Test
    void cjkParagraphsShortOfTheProseLengthInCharactersCountAsProseByTheirWeight() {
        String sentence = "市议会星期二晚上开会讨论新的预算"; // 16 characters, each weighing three
        String html = "<html><body><p>" + sentence.repeat(5) + "</p>"
                + "<p>" + sentence.repeat(2) + "<em>" + sentence.repeat(2) + "</em> " + sentence + "</p>"
                + "<p>" + sentence + "<b>" + sentence + "</b></p>" // 32 characters: too short even so
                + "<p>" + "The council met to discuss the budget. ".repeat(4) + "</p>" // about 130 Latin letters: too short
                + "</body></html>";
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        PageIndex index = PageIndex.of(doc);
        TextSizes sizes = TextSizes.of(doc.body(), index.elementCount);
        PageTypes.Signals s = PageTypes.signals(doc.body(), index, MetadataReader.read(doc, index), sizes, null);
        assertEquals(2, s.proseBlocks());
        assertEquals(2 * 80 * Tuning.CJK_CHAR_WEIGHT, s.proseChars());
    }
}
