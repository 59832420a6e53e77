package dev.precis.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

/**
 * Stage 2: removal of non-content. Two kinds:
 * <ol>
 *   <li>{@link #removeInvisible} deletes, for good, what a reader never sees: non-content tags
 *       (script, style, template, noscript, svg…), HTML comments, and hidden elements
 *       ({@code hidden}, {@code aria-hidden=true}, inline {@code display:none} /
 *       {@code visibility:hidden}, hiding CSS classes). Hidden text can never reach the output —
 *       the prompt-injection defence.</li>
 *   <li>{@link #prune} marks (without deleting, so a relaxed attempt can undo it) page furniture
 *       (nav, aside, footer, forms, header outside the article, ARIA landmarks) and blocks whose
 *       class/id vocabulary says share/related/ranking/recommendation/comment/ad/breadcrumb/rating.
 *       It also takes out the byline element, remembering its text.</li>
 * </ol>
 */
final class Cleaner {

    /**
     * Characters of a block's label start tried against {@link Vocabulary#CONTACT_BOX_LABEL} before the label is read
     * ({@link Labels#contactStart}): enough to rule out most labels that begin like one ("Contact us", "Press the…").
     */
    private static final int CONTACT_START_CHARS = 16;

    /** What {@link #prune} found besides the pruned set. */
    static final class Pruning {
        final Set<Element> pruned = Collections.newSetFromMap(new IdentityHashMap<>());
        String byline;
        /** True once {@link #byline} was found after the page's headline (bylines follow headlines). */
        boolean bylineAfterHeading;
        boolean paywallMarker;
        /** Blocks pruned by class/id vocabulary or "Related" headings (0: a vocabulary-free attempt would change nothing). */
        int vocabularyHits;
    }

    /** How much of the class/id vocabulary a pruning pass applies. */
    enum Vocab {
        /** none: only furniture tags and roles */
        NONE,
        /** only what is never content on any kind of page (cookie notices, comments, newsletter sign-ups, ads…) */
        JUNK,
        /** strong negatives only (comments, related, share, ads…), which never name article text */
        STRONG,
        /** strong and weak negatives (footer, meta, widget, hero…) */
        ALL
    }

    private Cleaner() {
    }

    /** True for what {@link #removeInvisible} deletes: a comment, a non-content tag or a hidden element. */
    static boolean isInvisible(Node node) {
        return invisibility(node) != Dom.VISIBLE;
    }

    /**
     * {@link Dom#HIDDEN} for what {@link #removeInvisible} deletes (a comment, a non-content tag, a hidden
     * element), {@link Dom#FADE_IN} for an element hidden only as a fade-in ({@link Reveal#fadeIns}
     * decides), else {@link Dom#VISIBLE}.
     */
    static int invisibility(Node node) {
        return invisibility(node, null);
    }

    /** {@link #invisibility(Node)}, with the document's tabs looked up in {@code tabs} ({@link Dom#hiding(Element, Dom.Tabs)}). */
    static int invisibility(Node node, Dom.Tabs tabs) {
        if (node instanceof Comment) return Dom.HIDDEN;
        if (!(node instanceof Element e)) return Dom.VISIBLE;
        if (Vocabulary.NON_CONTENT_TAGS.contains(e.normalName()) && !isDisclosureButton(e) && !isHeadingButton(e)) return Dom.HIDDEN;
        return Dom.hiding(e, tabs);
    }

    /**
     * A {@code <button>} that opens and closes a panel ({@link Vocabulary#EXPANDED} and
     * {@link Vocabulary#CONTROLS}): an accordion's or FAQ's question, whose text heads the panel it shows. Other
     * buttons (submit, close, play…) are controls, not text.
     */
    static boolean isDisclosureButton(Element e) {
        return e.normalName().equals("button") && e.attributesSize() > 1 && !e.attr(Vocabulary.CONTROLS).isBlank()
                && e.hasAttr(Vocabulary.EXPANDED);
    }

    /**
     * A {@code <button>} that is a heading's text or holds one: the label of an accordion item or FAQ question
     * (the ARIA accordion pattern puts the button inside an {@code <h3>}; component kits put an {@code <h3>} inside
     * the button), which a reader sees as the section's heading whether or not the markup says what the button
     * opens. Its text is as visible as any heading's; what it opens is not read unless {@link PageIndex} finds the
     * panel shown by it. Calibration: WCXB dev half A service 0.8502 -> 0.8514, all 0.8746 -> 0.8748; half B service
     * 0.8024 -> 0.8035, all 0.8599 -> 0.8599 (collection A +0.03 summed, product A -0.01). A heading is also an element
     * with ARIA's {@code role="heading"} ({@code <p role="heading" aria-level="3"><button>}, a site builder's
     * accordion): WCXB dev, same run, half A service +0.036 F1 summed (one page, 0.947 -> 0.983), no other page moves;
     * half B no page moves.
     */
    static boolean isHeadingButton(Element e) {
        if (!e.normalName().equals("button")) return false;
        Element parent = e.parent();
        if (parent != null && isHeading(parent)) return true;
        return holdsHeading(e);
    }

    /** True when an element below {@code e} is a heading ({@link #isHeading}); a plain recursion, no list of them all. */
    private static boolean holdsHeading(Element e) {
        for (int k = 0, n = e.childNodeSize(); k < n; k++) {
            if (e.childNode(k) instanceof Element d && (isHeading(d) || holdsHeading(d))) return true;
        }
        return false;
    }

    /** A heading element, or one that says it is one ({@code role="heading"}, as ARIA lets any element). */
    private static boolean isHeading(Element e) {
        return Vocabulary.HEADING_TAGS.contains(e.normalName()) || Vocabulary.HEADING_ROLE.equalsIgnoreCase(e.attr("role"));
    }

    /**
     * A button that names the panels it shows ({@link Vocabulary#CONTROLS}) and has an id by which a panel may name it
     * back, but says nothing of their state ({@link PageIndex} reads a hidden panel only when the two name each
     * other); not a tab ({@link Vocabulary#TAB_ROLE}), whose panels the tab rule reads. Its own text stays out: on
     * WCXB dev half A keeping it changed nothing (one page up 0.02, one down 0.02).
     */
    static boolean isPairedControl(Element e) {
        return (e.normalName().equals("button") || "button".equalsIgnoreCase(e.attr("role"))) && !e.id().isEmpty()
                && !e.attr(Vocabulary.CONTROLS).isBlank() && !Vocabulary.TAB_ROLE.equalsIgnoreCase(e.attr("role"));
    }

    /** Deletes the invisible nodes the page index found ({@link PageIndex#invisible}), with their subtrees. */
    static void removeInvisible(PageIndex index) {
        for (Node n : index.invisible) n.remove();
    }

    /**
     * Marks furniture and vocabulary-named blocks of {@code body}.
     *
     * @param sizes      the text sizes of {@code body}, measured after {@link #removeInvisible}
     * @param names      the page's class/id verdicts
     * @param furniture  prune nav/aside/footer/form/header and ARIA landmarks
     * @param vocabulary which blocks named by the negative class/id vocabulary are pruned
     * @param discussion  the page is a discussion: blocks named for a post's author or date stay (each post has them)
     */
    static Pruning prune(Element body, TextSizes sizes, Names names, boolean furniture, Vocab vocabulary,
                         boolean discussion) {
        return prune(body, sizes, names, new Labels(), furniture, vocabulary, discussion);
    }

    /**
     * {@link #prune(Element, TextSizes, Names, boolean, Vocab, boolean)} with what earlier passes over the same body
     * read from its labels ({@code labels}), so each block's label is read once per body, not once per pass.
     */
    static Pruning prune(Element body, TextSizes sizes, Names names, Labels labels, boolean furniture, Vocab vocabulary,
                         boolean discussion) {
        if (sizes.size(body) == null) sizes = TextSizes.of(body, 64); // sizes of another body: measured here (64: a first guess)
        labels.fit(sizes);
        Pruner pruner = new Pruner(body, sizes, names, labels, furniture, vocabulary, discussion);
        pruner.walk(sizes.size(body));
        return pruner.result;
    }

    /**
     * What the pruning passes over one body read from its blocks' labels (headings, leading text) that does not
     * depend on the pass. Every pass asks about the same blocks; reading a label and matching it once per body
     * instead of once per pass gives the same answers. The body must not change while it is used.
     */
    static final class Labels {
        /**
         * Per block {@link Pruner#isAsideBox} looked at: whether it is a contact or bio box by its own label
         * ({@link Boolean}), or its heading label, which only the byline found so far can make a bio box
         * ({@link String}: "About " and the byline).
         */
        private Object[] asides;
        /**
         * {@link Vocabulary#CONTACT_BOX_LABEL} for the start of a block's label: when it fails without reaching the
         * end of that start ({@link Matcher#hitEnd}), no longer text with the same start matches either.
         */
        private final Matcher contactStart = Vocabulary.CONTACT_BOX_LABEL.matcher("");
        /** Per block {@link #isCardRunProse} looked at: its verdict. */
        private final java.util.Map<Element, Boolean> cardRuns = new IdentityHashMap<>();
        /** Per heading {@link #headsLinkBlock} looked at: its verdict. */
        private Boolean[] linkBlockHeadings;
        /**
         * Per element: the flags of its class value ({@link Names#ofClass}) and its id ({@link Names#ofId}), and what its
         * other attributes say ({@link #ATTRIBUTES_READ} and the bits after it), read at the first pass that judges it.
         * Every pass asks each element the same; the answers depend on the element and the page's {@link Names} only.
         */
        private int[] classFlags;
        private int[] idFlags;
        private byte[] attributes;

        /** {@link #attributes} bit: the element's attributes were read. */
        static final byte ATTRIBUTES_READ = 1;
        /** {@link #attributes} bit: it has attributes. */
        static final byte HAS_ATTRIBUTES = 1 << 1;
        /** {@link #attributes} bit: {@code rel="author"} or an {@code itemprop} that says author ({@link #isByline}). */
        static final byte AUTHOR_ATTRIBUTE = 1 << 2;
        /** {@link #attributes} bit: its role is one of {@link Vocabulary#FURNITURE_ROLES}. */
        static final byte FURNITURE_ROLE = 1 << 3;
        /** {@link #attributes} bit: its role is {@code contentinfo} (the page footer's). */
        static final byte FOOTER_ROLE = 1 << 4;

        /** Sizes the per-element tables for {@code sizes}, once (again only for a table of another size). */
        void fit(TextSizes sizes) {
            int n = sizes.count();
            if (attributes != null && attributes.length == n) return;
            asides = new Object[n];
            linkBlockHeadings = new Boolean[n];
            classFlags = new int[n];
            idFlags = new int[n];
            attributes = new byte[n];
        }

        /** The {@link #attributes} bits of the element of {@code s}, read the first time ({@link #fit} first). */
        byte attributes(TextSizes.Size s, Names names) {
            int k = s.index;
            byte bits = attributes[k];
            if (bits != 0) return bits;
            bits = ATTRIBUTES_READ;
            Element e = s.element;
            if (e.attributesSize() > 0) {
                bits |= HAS_ATTRIBUTES;
                classFlags[k] = names.ofClass(e);
                idFlags[k] = names.ofId(e);
                if (hasAuthorAttribute(e)) bits |= AUTHOR_ATTRIBUTE;
                String role = e.attr("role");
                if (Vocabulary.FURNITURE_ROLES.contains(role)) bits |= FURNITURE_ROLE;
                if (role.equals("contentinfo")) bits |= FOOTER_ROLE;
                // a layout table that says it is navigation ("Navigation header": the pager rows of generated manuals)
                if (e.normalName().equals("table") && e.attr("summary").regionMatches(true, 0,
                        Vocabulary.NAVIGATION_SUMMARY, 0, Vocabulary.NAVIGATION_SUMMARY.length())) bits |= FURNITURE_ROLE;
            }
            attributes[k] = bits;
            return bits;
        }

        /**
         * True when {@code e} is one of a run of cards of the article's own (ranked schools, reviewed products,
         * numbered steps) that a strong class word names ("ranking-card", or "ranking-card-data-panel" inside each
         * card): {@code e} or one of its nearest {@link Tuning#CARD_RUN_DEPTH} ancestors has at least
         * {@link Tuning#CARD_RUN_MIN_CARDS} element siblings with its very class value (the cards), and the elements
         * with {@code e}'s class value inside those cards together hold {@link Tuning#MISNAMED_PROSE_CHARS} of text
         * with links at most {@link Tuning#MISNAMED_PROSE_LINK_DENSITY} of it: the bound that keeps one long block
         * under a strong name ({@link Cleaner#isProtected}), over the cards the page split its list into.
         * Related-post and recommendation cards are mostly links, or short, and stay out. Worked out once per run.
         */
        boolean isCardRunProse(Element e, TextSizes sizes) {
            Boolean known = cardRuns.get(e);
            if (known != null) return known;
            String cls = e.className();
            java.util.List<Element> parts = new java.util.ArrayList<>();
            Evaluator sameClass = cls.isEmpty() ? null : new Evaluator.AttributeWithValue("class", cls); // e's class value inside a card
            boolean verdict = false;
            Element card = e;
            for (int up = 0; up <= Tuning.CARD_RUN_DEPTH && !cls.isEmpty() && card.parent() != null; up++, card = card.parent()) {
                String cardClass = card.className();
                if (cardClass.isEmpty()) continue;
                Element row = card.parent(); // its child nodes read in place: no list of its children per card and level
                int cards = 0;
                for (int i = 0, n = row.childNodeSize(); i < n; i++) {
                    if (row.childNode(i) instanceof Element sib && sib.className().equals(cardClass)) cards++;
                }
                if (cards < Tuning.CARD_RUN_MIN_CARDS) continue; // counted first: the cards are searched only in a run
                parts.clear();
                for (int i = 0, n = row.childNodeSize(); i < n; i++) {
                    if (!(row.childNode(i) instanceof Element sib) || !sib.className().equals(cardClass)) continue;
                    if (up == 0) parts.add(sib);
                    else Dom.addMatches(sib, sameClass, parts);
                }
                int text = 0;
                int links = 0;
                for (Element part : parts) {
                    text += sizes.text(part);
                    links += sizes.links(part);
                }
                verdict = text >= Tuning.MISNAMED_PROSE_CHARS && links <= text * Tuning.MISNAMED_PROSE_LINK_DENSITY;
                for (Element part : parts) cardRuns.put(part, verdict); // the same answer for every card of the run
                break; // the nearest run of cards decides
            }
            cardRuns.put(e, verdict);
            return verdict;
        }
    }

    /** One pruning pass over a body: its settings and what it has found so far. */
    private static final class Pruner {
        final Pruning result = new Pruning();
        final TextSizes sizes;
        final Names names;
        final Labels labels;
        final boolean furniture;
        final Vocab vocabulary;
        final boolean discussion;
        /** Blocks with more text than this are mis-named wrappers, unless strongly named (see {@link Cleaner#isProtected}). */
        final int protect;
        /** The page's headline: bylines after it are preferred. */
        final Element heading;
        /** The sizes of {@link #heading} (null without one): where it stands in the table. */
        final TextSizes.Size headingSize;
        boolean seenHeading;

        Pruner(Element body, TextSizes sizes, Names names, Labels labels, boolean furniture, Vocab vocabulary,
               boolean discussion) {
            this.discussion = discussion;
            this.sizes = sizes;
            this.names = names;
            this.labels = labels;
            this.furniture = furniture;
            this.vocabulary = vocabulary;
            this.protect = (int) (sizes.text(body) * Tuning.PROTECT_TEXT_SHARE);
            this.heading = sizes.firstHeadline();
            this.headingSize = heading == null ? null : sizes.size(heading);
        }

        /**
         * Judges the child elements of {@code parent} in document order, and the children of those kept: a plain
         * recursion over the table of sizes (each child's index is the end of its elder sibling's subtree, the first one's
         * its parent's plus one; jsoup's parser caps the depth at 512), which reads no child list of the page.
         */
        void walk(TextSizes.Size parent) {
            for (int child = parent.index + 1; child < parent.end; ) {
                TextSizes.Size c = sizes.at(child);
                child = c.end;
                if (!prunes(c)) walk(c);
            }
        }

        /** True when the element of {@code s} is pruned (it is then added to the result and its subtree skipped). */
        private boolean prunes(TextSizes.Size s) {
            Element e = s.element;
            if (e == heading) seenHeading = true;
            int tags = s.tags;
            byte attributes = labels.attributes(s, names);
            boolean hasAttributes = (attributes & Labels.HAS_ATTRIBUTES) != 0;
            int classFlags = labels.classFlags[s.index];
            int idFlags = labels.idFlags[s.index];
            if (discussion) {
                classFlags = names.asDiscussion(classFlags);
                idFlags = names.asDiscussion(idFlags);
            }
            if (((classFlags | idFlags) & Names.PAYWALL) != 0) result.paywallMarker = true;
            boolean byline = ((classFlags | idFlags) & Names.BYLINE) != 0 || (attributes & Labels.AUTHOR_ATTRIBUTE) != 0; // isByline
            if (hasAttributes && byline && s.text < Tuning.MAX_BYLINE_CHARS) {
                String text = bylineText(e);
                if (text != null) {
                    if (result.byline == null || (seenHeading && !result.bylineAfterHeading)) {
                        result.byline = text;
                        result.bylineAfterHeading = seenHeading;
                    }
                    // read with only the junk words (a service page's whole reading), an authors line is a card's or a
                    // quote's, not the page's own byline: it stays in its place (it is still read as the byline).
                    // Calibration (WCXB dev, against main in the same run): half A service +0.125 summed (a research
                    // page's cards 0.807 -> 0.933; one page -0.001), product -0.003 (one page); half B no page moves
                    if (vocabulary != Vocab.JUNK) {
                        result.pruned.add(e);
                        return true;
                    }
                }
            }
            if (vocabulary != Vocab.NONE && (tags & Tags.HEADING) != 0 && headsLinkBlock(s)) {
                result.pruned.add(e.parent());
                result.vocabularyHits++;
                return true;
            }
            if (vocabulary != Vocab.NONE && isAsideBox(s)) {
                result.pruned.add(e);
                result.vocabularyHits++;
                return true;
            }
            if ((tags & Tags.ARTICLE_OR_MAIN) != 0) return false;
            boolean furnitureHit = furniture && ((tags & Tags.FURNITURE) != 0 && !(discussion && holdsPosts(e, tags))
                    || (attributes & Labels.FURNITURE_ROLE) != 0 && !holdsPanels(s)
                    || ((tags & Tags.HEADER) != 0 && !Dom.insideArticle(e)));
            Names.Verdict verdict = !furnitureHit && vocabulary != Vocab.NONE ? Names.judge(classFlags, idFlags) : Names.Verdict.NONE;
            if (verdict == Names.Verdict.WEAK && vocabulary == Vocab.STRONG) verdict = Names.Verdict.NONE;
            if (vocabulary == Vocab.JUNK && !furnitureHit) {
                verdict = ((classFlags | idFlags) & Names.JUNK) != 0 ? Names.Verdict.STRONG : Names.Verdict.NONE;
            }
            if (verdict != Names.Verdict.NONE && (tags & Tags.INLINE) != 0
                    && insideSentence(e)) {
                verdict = Names.Verdict.NONE;
            }
            if (verdict != Names.Verdict.NONE && isTextElement(tags) && idFlags == 0 && Names.negativeOnlyAsAbbreviation(e.attr("class"))) {
                verdict = Names.Verdict.NONE;
            }
            // a heading named for the hero is the hero's title, the page's opening text
            if (verdict == Names.Verdict.WEAK && (tags & Tags.HEADING) != 0 && idFlags == 0
                    && Names.negativeOnlyIn(e.attr("class"), Vocabulary.HERO_TOKENS)) {
                verdict = Names.Verdict.NONE;
            }
            // a page builder's text widget: the widget word names the builder's box, its kind says it holds text
            if (verdict == Names.Verdict.WEAK && idFlags == 0 && Names.namesTextWidget(e.attr("class"))) verdict = Names.Verdict.NONE;
            // a table is judged whole: a cell or row named like furniture ("utility", "meta") is one piece of it
            if (verdict != Names.Verdict.NONE && (tags & Tags.TABLE_PART) != 0) verdict = Names.Verdict.NONE;
            // the page footer goes in every attempt, whatever its share of the text (only its holding the headline keeps it)
            if (isPageFooter(e, tags, attributes) && !isProtected(s, Names.Verdict.NONE, 0, Integer.MAX_VALUE, headingSize)) {
                result.pruned.add(e);
                return true;
            }
            if (furnitureHit && (!isProtected(s, Names.Verdict.NONE, 0, protect, headingSize) || isMenu(s, headingSize))
                    || verdict != Names.Verdict.NONE && !isProtected(s, verdict, classFlags | idFlags, protect, headingSize)
                    && !(verdict == Names.Verdict.STRONG && idFlags == 0 && (classFlags & Names.JUNK) == 0
                    && names.mayOwnCards() && labels.isCardRunProse(e, sizes))) {
                if (result.byline == null && !furnitureHit) result.byline = bylineInside(e, sizes, names);
                if (!furnitureHit) result.vocabularyHits++;
                result.pruned.add(e);
                return true;
            }
            return false;
        }

        /**
         * A heading or paragraph: text itself, never the slot of an ad (an ad is a box of its own, {@code div},
         * {@code ins}, {@code iframe}), so an abbreviation that also names ads ({@link Vocabulary#AD_ABBREVIATIONS}: a
         * block builder's "adv-heading", advanced heading) does not prune it.
         */
        private static boolean isTextElement(int tags) {
            return (tags & (Tags.PARAGRAPH | Tags.HEADING)) != 0;
        }

        /** {@link Cleaner#headsLinkBlock} for this body, worked out once per heading ({@link Labels}). */
        private boolean headsLinkBlock(TextSizes.Size h) {
            Boolean verdict = labels.linkBlockHeadings[h.index];
            if (verdict == null) {
                verdict = Cleaner.headsLinkBlock(h.element, heading, protect, sizes);
                labels.linkBlockHeadings[h.index] = verdict;
            }
            return verdict;
        }

        /**
         * The page's footer — a {@code <footer>} or {@code role="contentinfo"} outside any article or main element — is
         * never the article, not even when it holds most of the page's text or when the relaxed attempt keeps all other
         * furniture: a page whose scripts have not rendered its content (a shop's product shell, a JavaScript app) shows
         * a reader nothing but its footer's link columns, and its article is empty, not the footer. Unlike other
         * furniture it is not kept as a mis-named wrapper (a footer holding the headline still is). WCXB dev against main
         * (same run): half A all 0.8626 -> 0.8681, product 0.603 -> 0.654, collection 0.675 -> 0.695, no type lower;
         * half B all 0.8574 -> 0.8586, product 0.654 -> 0.659, listing 0.644 -> 0.656, article 0.9393 -> 0.9392 (two
         * pages that read only a footer, F1 0.02, now read nothing).
         */
        private static boolean isPageFooter(Element e, int tags, byte attributes) {
            return ((tags & Tags.FOOTER) != 0 || (attributes & Labels.FOOTER_ROLE) != 0 || idNamesPageFooter(e, attributes))
                    && !Dom.insideArticle(e);
        }

        /**
         * The page footer of a page built without HTML5's {@code <footer>}: the element whose id names it
         * ({@link Vocabulary#PAGE_FOOTER_IDS}: {@code <div id="footer">}, as pages were built before it, and the names
         * themes give it). An id is the page's one element of that name, not a class a box of the article may share.
         * Calibration (extract-18 in the same run): no page's output changes on WCXB dev (either half), Zyte dev, Mozilla
         * dev or the 46 goose pages (15 of which name their footer so; it held too little text to be kept already).
         * With the HTML5 tags written as {@code <div>}s ({@code RobustnessProbe} SEMANTIC): half A articles 0.9621 ->
         * 0.9642, three pages up (a disclaimer in {@code div#page-footer} read instead of a short post: 0.16 -> 1.00),
         * none down.
         */
        private static boolean idNamesPageFooter(Element e, byte attributes) {
            if ((attributes & Labels.HAS_ATTRIBUTES) == 0) return false;
            String id = e.id();
            return !id.isEmpty() && Vocabulary.PAGE_FOOTER_IDS.contains(id.toLowerCase(Locale.ROOT));
        }

        /**
         * A {@code role="tablist"} that holds its panels, not only their tabs: the old ARIA accordion (a list of
         * tabs, each with its panel below it), whose text beyond the tabs' own is at least
         * {@link Tuning#ACCORDION_PANEL_CHARS}. A tab strip (only the tabs' labels) stays furniture.
         */
        private boolean holdsPanels(TextSizes.Size s) {
            Element e = s.element;
            if (!e.attr("role").equals(Vocabulary.TABLIST_ROLE)) return false;
            int tabs = 0;
            for (Element tab : e.getElementsByAttributeValue("role", Vocabulary.TAB_ROLE)) tabs += sizes.text(tab);
            return s.text - tabs >= Tuning.ACCORDION_PANEL_CHARS;
        }

        /**
         * A discussion's {@code <form>} that wraps its posts (forum software puts the thread in one, for the
         * moderators' check boxes): {@link Tuning#FORM_THREAD_MIN_POSTS} or more {@code <article>}s in it. A form
         * is otherwise furniture (search, log-in, reply boxes).
         */
        private static boolean holdsPosts(Element e, int tags) {
            if ((tags & Tags.FORM) == 0) return false;
            int posts = 0;
            for (Element d : e.getElementsByTag("article")) {
                if (++posts >= Tuning.FORM_THREAD_MIN_POSTS) return true;
            }
            return false;
        }

        /** "About " and the name of the byline found so far ("About Jane Roe" under "By Jane Roe"). */
        private boolean aboutByline(String label) {
            String author = result.byline;
            if (author == null || label.length() < Tuning.ABOUT_PREFIX.length() + 3
                    || !label.regionMatches(true, 0, Tuning.ABOUT_PREFIX, 0, Tuning.ABOUT_PREFIX.length())) return false;
            String name = label.substring(Tuning.ABOUT_PREFIX.length()).toLowerCase(Locale.ROOT);
            return author.toLowerCase(Locale.ROOT).contains(name);
        }

        /**
         * A box a reader skips on any kind of page, recognised by its label rather than its class: a
         * press/media contact box (its label, {@link Vocabulary#CONTACT_BOX_LABEL}, opens it and it holds an
         * e-mail address or phone number) or an author's bio (opened by "About the author" or "About "
         * and the byline). Small boxes only ({@link Tuning#ASIDE_BOX_MAX_CHARS}), never the one holding the
         * headline.
         */
        private boolean isAsideBox(TextSizes.Size s) {
            if ((s.tags & Tags.ASIDE_BOX) == 0) return false;
            int text = s.text;
            if (text == 0 || text > Tuning.ASIDE_BOX_MAX_CHARS) return false;
            Object verdict = labels.asides[s.index];
            if (verdict == null) {
                verdict = asideVerdict(s);
                labels.asides[s.index] = verdict;
            }
            return verdict instanceof String label ? aboutByline(label) : (Boolean) verdict;
        }

        /**
         * The pass-independent part of {@link #isAsideBox} for a block of the right tag and size ({@link Labels}):
         * TRUE or FALSE, or the heading label when only {@link #aboutByline} can still make it a bio box.
         */
        private Object asideVerdict(TextSizes.Size s) {
            if (headingSize != null && TextSizes.holds(s, headingSize)) return Boolean.FALSE;
            Element e = s.element;
            Element first = e.firstElementChild();
            String label;
            boolean headed = first != null && Vocabulary.HEADING_TAGS.contains(first.normalName()) && !Dom.hasOwnText(e);
            if (headed) {
                label = Dom.normalize(first.text());
                if (Vocabulary.AUTHOR_BOX_HEADING.matcher(label).matches()) return Boolean.TRUE;
            } else {
                if (!Vocabulary.mayStartContactLabel(Dom.firstTextChar(e))) return Boolean.FALSE; // most blocks: no text read
                // nor do most others read on when the label's start cannot begin a match
                Matcher start = labels.contactStart.reset(Dom.leadingStart(e, Tuning.ASIDE_LABEL_CHARS, CONTACT_START_CHARS));
                if (!start.lookingAt() && !start.hitEnd()) return Boolean.FALSE;
                label = Dom.leadingText(e, Tuning.ASIDE_LABEL_CHARS);
            }
            if (Vocabulary.CONTACT_BOX_LABEL.matcher(label).lookingAt() && Vocabulary.CONTACT_DETAIL.matcher(e.text()).find()) {
                return Boolean.TRUE;
            }
            return headed ? label : Boolean.FALSE;
        }
    }

    /**
     * A block named like furniture is still kept when it is long prose with few links (weak names
     * only), when it holds the page's headline and real text, or when it holds most of the page's
     * text (a mis-named wrapper; a strong name only with little linked text, never a junk one: a long comment thread can outweigh a
     * short article). A block only weakly named ("header", "hero", "banner") that holds the headline and is
     * mostly plain text (links at most {@link Tuning#WEAK_KEEP_LINK_DENSITY} of it) is kept whatever its size: it is
     * the page's title box ("category-header" with a shop category's h1 and intro, "page-hero" of a service page),
     * not the site's header, which is a {@code <header>}, strongly named or a bar of links. WCXB dev against main
     * (same run): half A all 0.8596 -> 0.8607, collection 0.667 -> 0.675, listing 0.677 -> 0.680, service 0.834 -> 0.836;
     * half B all 0.8549 -> 0.8552, collection 0.733 -> 0.735, documentation +0.0008, listing, service -0.0001 and
     * product -0.0002 (2-3 pages each).
     * A strongly named block that is not junk and holds most of the page's text ({@link Tuning#PROTECT_TEXT_SHARE}) with
     * links at most {@link Tuning#WEAK_KEEP_LINK_DENSITY} of it is kept too: the reason strong names are not protected
     * by size, a comment thread outweighing a short article, holds for junk names only, and a "sidebar", "related" or
     * "ranking" block holding most of the page as prose is the article under a layout's name ("grid-toc-content-sidebar":
     * the grid's regions, listed). Calibration (extract-19, same run): WCXB dev half A no page moves; half B two
     * articles up (0.04 -> 0.96 and +0.015, one site's how-to guides, found on half B); Zyte and Mozilla dev unchanged.
     */
    private static boolean isProtected(TextSizes.Size e, Names.Verdict verdict, int flags, int protect, TextSizes.Size heading) {
        int text = e.text;
        if (verdict == Names.Verdict.STRONG && (flags & Names.JUNK) == 0
                && (text >= Tuning.MISNAMED_PROSE_CHARS && e.links <= text * Tuning.MISNAMED_PROSE_LINK_DENSITY
                    || text > protect && e.links <= text * Tuning.WEAK_KEEP_LINK_DENSITY)) return true;
        if (verdict == Names.Verdict.WEAK && text >= Tuning.WEAK_KEEP_CHARS
                && e.links <= text * Tuning.WEAK_KEEP_LINK_DENSITY) return true;
        boolean holdsHeadline = heading != null && (text >= Tuning.WEAK_KEEP_CHARS
                || verdict == Names.Verdict.WEAK && e.links <= text * Tuning.WEAK_KEEP_LINK_DENSITY) && TextSizes.holds(e, heading);
        if (holdsHeadline) return true;
        return text > protect && verdict != Names.Verdict.STRONG;
    }

    /**
     * Furniture (a {@code <header>}, {@code <nav>}, a navigation role) that is a site's menu however much text it holds:
     * mostly links ({@link Tuning#MENU_LINK_SHARE}) and without the page's headline, while the page has one. A mega-menu
     * with a line of text under each link can outweigh the article it frames; its size does not make it a wrapper.
     */
    private static boolean isMenu(TextSizes.Size e, TextSizes.Size heading) {
        return heading != null && !TextSizes.holds(e, heading) && e.links >= e.text * Tuning.MENU_LINK_SHARE;
    }

    /** A "Related"/"You may also like" heading that opens its parent block (not the article's own). */
    private static boolean headsLinkBlock(Element h, Element mainHeading, int protect, TextSizes sizes) {
        Element parent = h.parent();
        if (parent == null || parent.normalName().equals("body") || parent.firstElementChild() != h) return false;
        String text = Dom.normalize(h.text());
        if (text.isEmpty() || text.length() > Tuning.MAX_BYLINE_CHARS
                || !Vocabulary.RELATED_HEADING.matcher(text).matches()) return false;
        if (mainHeading != null) return !isAncestor(parent, mainHeading);
        return sizes.text(parent) <= protect;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** A byline element: {@code rel=author}, {@code itemprop~=author}, or a byline/author class or id ({@link Names#BYLINE}). */
    private static boolean isByline(Element e, int nameFlags) {
        return (nameFlags & Names.BYLINE) != 0 || hasAuthorAttribute(e);
    }

    /** {@code rel="author"} or an {@code itemprop} that says author. */
    private static boolean hasAuthorAttribute(Element e) {
        return e.attr("rel").equals("author") || e.attr("itemprop").contains("author");
    }

    /** True when the inline element has non-blank text beside it (it is part of running text). */
    private static boolean insideSentence(Element e) {
        for (Node sib : e.siblingNodes()) {
            if (sib instanceof TextNode t && !t.isBlank()) return true;
        }
        return false;
    }

    /** The byline of a small pruned block (e.g. a "sig-line" holding "By Jane Doe"), or null. */
    private static String bylineInside(Element block, TextSizes sizes, Names names) {
        if (sizes.text(block) > Tuning.BYLINE_BLOCK_CHARS) return null;
        Element found = firstBylineBelow(block, sizes, names);
        return found == null ? null : bylineText(found);
    }

    /** The first element below {@code parent}, in document order, that is a short byline element; or null. */
    private static Element firstBylineBelow(Element parent, TextSizes sizes, Names names) {
        for (int k = 0, n = parent.childNodeSize(); k < n; k++) {
            if (!(parent.childNode(k) instanceof Element d)) continue;
            if (d.attributesSize() > 0 && isByline(d, names.ofClass(d) | names.ofId(d))
                    && sizes.text(d) < Tuning.MAX_BYLINE_CHARS) return d;
            Element below = firstBylineBelow(d, sizes, names);
            if (below != null) return below;
        }
        return null;
    }

    /** The author's name inside a byline element: an {@code itemprop=name} or hCard/author-name child, else all its text. */
    private static String bylineText(Element e) {
        Element name = Dom.firstMatch(e, Vocabulary.BYLINE_NAME);
        String text = Dom.clean((name != null ? name : e).text());
        return text == null || text.isEmpty() ? null : text;
    }
}
