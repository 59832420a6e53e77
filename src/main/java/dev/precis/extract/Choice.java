package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5b: which reading of the body is the page's main text ({@link BodyReader}), by the page type's
 * profile and a plausibility check. Trafilatura weighs its own result against a baseline the same way.
 * <ul>
 *   <li>Article-like pages (article, forum, product) take the scored reading, unless it is implausible:
 *       it has less prose ({@link Quality#proseChars}) than {@link Tuning#WHOLE_READING_SHARE} of the
 *       whole reading's (comments and other blocks the strong vocabulary names left out of both), i.e.
 *       scoring picked one box of an article cut into many, a call-to-action or a cookie notice. Then the
 *       whole reading is the body; so is it on a product page whose scored reading has less than
 *       {@link Tuning#PRODUCT_SCORED_MIN_SHARE} of the whole reading's text. An article's scored reading takes the section headings the whole reading
 *       holds between its first and last block ({@link #withHeadings}), and the FAQ that closes the article ({@link #withFaq}).</li>
 *   <li>Service pages (content in many sections: hero, features, FAQ) take the whole reading, pruned
 *       only of what is never content ({@link Cleaner.Vocab#JUNK}: their sections are often named hero,
 *       banner, promo, rating…), unless the scored reading already holds
 *       {@link Tuning#SERVICE_SCORED_SHARE} of its text (an article typed service for want of metadata
 *       keeps its article reading, with the headings of its span as on an article). When no container won the scoring (its reading is the whole body),
 *       the whole reading, which leaves out the junk, is the better of the two. A scored reading whose winner is, or
 *       lies in, a box named for cookie consent ({@link Vocabulary#CONSENT_TOKENS}, e.g. a consent manager's
 *       preferences panel) is never the page's text: the relaxed attempts of the scoring ({@link BodyReader#scored})
 *       find it when the strict one, which prunes it, finds only link lists. The whole reading is the body then, and
 *       when it is empty (all the page's text is in its link lists: a category page of recipe cards) the whole reading
 *       that keeps the link lists. Calibration (WCXB dev, against main in the same run, F1 summed): half A listing
 *       +1.73 (two category pages of one publishing platform, 0.16 -> 0.96 and 0.06 -> 0.99), no other page moves;
 *       half B no page moves. Any junk word (modal, popup, comments…) in place of the consent words: the same half A,
 *       half B listing -0.51 (one page); the same rule on the article, forum and product profiles moves no page.</li>
 *   <li>Listing, collection and documentation pages take the whole reading without dropping link-rich
 *       blocks (their cards, product tiles and code references are links). A documentation page whose scored
 *       container holds nearly all of that reading ({@link #holdsThePage}) takes the container instead, written the
 *       same way: the docs site's frame around it (navigation tree, version picker) is left out.</li>
 * </ul>
 * On a product page whose JSON-LD {@code Product} has a long description (at least
 * {@link Tuning#PRODUCT_DESCRIPTION_MIN_CHARS}: the shop's own text, not an SEO summary), the reading that shows it wins
 * before the checks above: the scored one when it holds it, else the whole one when that does ({@link #probe}, looked
 * for by its first {@link Tuning#PRODUCT_DESCRIPTION_PROBE_CHARS} chars; only readings of the visible body are searched,
 * so hidden text never comes back through it). Calibration (WCXB dev, against main in the same run): half A product
 * 0.6701 -> 0.6763 (two pages, +0.35 F1 points in sum), all 0.8741 -> 0.8746; half B product 0.6597 -> 0.6597 and all
 * 0.8599 -> 0.8599 (no page moves); a threshold of 150 chars moves the same pages.
 * When neither reading shows it, the smallest element of the visible body that holds it was pruned (a drawer or
 * dialog sheet a button opens): the whole reading is written with that element put back where it stands
 * ({@link BodyReader#holding}, {@link BlockWriter#write}); nothing else of the pruned drawer comes back. Calibration
 * (WCXB dev, same run): half A product 0.6763 -> 0.6867 (one page, 0.17 -> 0.76), all 0.8746 -> 0.8754; half B no
 * page moves (product 0.6597, all 0.8599).
 * On the article, product, service and listing readings a short stretch written twice in a row shows once
 * ({@link BlockWriter#withoutRepeats}: a card's desktop and mobile copies); a collection's grid of tiles or a docs page's
 * code tabs keep their repeats. On a product reading a paragraph of {@link Tuning#PRODUCT_COPY_MIN_CHARS}+ chars shown
 * before is left out wherever it recurs ({@link BlockWriter#withoutSecondCopies}: the description again in a tab or a
 * mobile copy). Calibration (WCXB dev, same run, F1 summed over pages): half A product +0.367 (13 up, 0 down), service
 * +0.003; half B product +0.103 (4 up, 1 down), collection +0.028 (1 up, 1 down); all A +0.370, all B +0.131.
 * A product reading then leaves out bare figures and the prices after the product's own ({@link ShopLines#withoutFigures}:
 * a quantity stepper, a size chart's cells, a bundle's prices). Calibration (WCXB dev, same run, F1 summed over pages):
 * half A product +0.049 (13 up, 3 down), collection -0.001; half B product +0.0000 (2 up, 2 down by under 0.002),
 * collection +0.012, service -0.004 (2 pages typed product); all A +0.049, all B +0.008.
 * On a collection or listing reading the grid's controls written as text ("Add to wishlist", "Filters") are left out
 * ({@link ShopLines#withoutControls}, calibration in {@link Tuning#LIST_CONTROL_MAX_CHARS}).
 * On a service reading a section written again further down (10+ blocks with a heading: a site builder's layout for
 * another screen size) shows once ({@link BlockWriter#withoutRepeatedRuns}, calibration in
 * {@link Tuning#SERVICE_COPY_MIN_BLOCKS}).
 */
final class Choice {

    private Choice() {
    }

    static BodyReader.Reading choose(PageType type, BodyReader reader) {
        return choose(type, reader, null);
    }

    /** As {@link #choose(PageType, BodyReader)}, with the page's JSON-LD product description (or null) as an anchor. */
    static BodyReader.Reading choose(PageType type, BodyReader reader, String productDescription) {
        return choose(type, reader, productDescription, null);
    }

    /**
     * As {@link #choose(PageType, BodyReader, String)}, with the page's description (or null): on a forum, the anchor of
     * the thread's opening post ({@link #withOpening}).
     */
    static BodyReader.Reading choose(PageType type, BodyReader reader, String productDescription, String description) {
        return choose(type, reader, productDescription, description, List.of());
    }

    /**
     * As {@link #choose(PageType, BodyReader, String, String)}, with the texts of the answers the page's JSON-LD declares
     * (or none): on a forum, the anchors of a Q&amp;A thread's answers ({@link #withAnswers}).
     */
    static BodyReader.Reading choose(PageType type, BodyReader reader, String productDescription, String description,
                                     List<String> answers) {
        BodyReader.Reading r = read(type, reader, probe(type, productDescription));
        if (type == PageType.FORUM && description != null) r = withOpening(r, reader, description);
        if (type == PageType.FORUM && !answers.isEmpty()) r = withAnswers(r, reader, answers);
        if (type == PageType.COLLECTION || type == PageType.LISTING) r = r.with(ShopLines.withoutControls(r.blocks()));
        if (type == PageType.ARTICLE || type == PageType.PRODUCT || type == PageType.SERVICE || type == PageType.LISTING) {
            List<Block> blocks = BlockWriter.withoutRepeats(r.blocks());
            if (type == PageType.PRODUCT) blocks = ShopLines.withoutFigures(BlockWriter.withoutSecondCopies(blocks, Tuning.PRODUCT_COPY_MIN_CHARS));
            if (type == PageType.SERVICE) blocks = BlockWriter.withoutRepeatedRuns(blocks, Tuning.SERVICE_COPY_MIN_BLOCKS, Tuning.SERVICE_COPY_MIN_CHARS);
            r = r.with(blocks);
        }
        if (type != PageType.SERVICE) r = r.with(BlockWriter.withoutInboxInvites(r.blocks()));
        if (type == PageType.ARTICLE) r = r.with(withoutTeaserTail(r.blocks()));
        if (type == PageType.ARTICLE) r = r.with(withoutRelatedLinkLists(r.blocks()));
        return r;
    }

    private static BodyReader.Reading read(PageType type, BodyReader reader, String probe) {
        return switch (type) {
            case SERVICE -> {
                BodyReader.Reading scored = reader.scored();
                BodyReader.Reading whole = reader.whole(Cleaner.Vocab.JUNK, true);
                // the relaxed scoring picked a cookie-consent manager's panel (the strict attempt found only link lists)
                if (reader.wonInConsentBox(scored)) yield whole.blocks().isEmpty() ? reader.whole(Cleaner.Vocab.JUNK, false) : whole;
                boolean wholePage = scored.selection() == null || scored.selection().winner().normalName().equals("body");
                yield wholePage || Quality.chars(scored.blocks()) < Quality.chars(whole.blocks()) * Tuning.SERVICE_SCORED_SHARE
                        && !leadsCards(scored.blocks(), whole.blocks()) ? whole : withHeadings(scored, whole);
            }
            case LISTING, COLLECTION -> reader.whole(Cleaner.Vocab.ALL, false);
            case DOCUMENTATION -> {
                BodyReader.Reading whole = reader.whole(Cleaner.Vocab.ALL, false);
                BodyReader.Reading within = reader.within(reader.scored(), Cleaner.Vocab.ALL);
                yield within != null && holdsThePage(within, whole) ? withHeadings(within, whole) : whole;
            }
            case ARTICLE, FORUM, PRODUCT -> {
                boolean span = type == PageType.ARTICLE; // the headings span lost on forum and product pages
                BodyReader.Reading scored = reader.scored();
                int scoredProse = Quality.proseChars(scored.blocks());
                // no reading holds more text than the body, nor more headings than its heading texts: when the scored
                // one has the share of all the text (and, for an article, every heading), the whole reading could
                // change nothing and is not written (the same choice, at about half the cost)
                boolean scoredHolds = probe != null && holds(scored.blocks(), probe);
                if (scoredProse >= reader.bodyChars() * Tuning.WHOLE_READING_SHARE
                        && (!span || headings(scored.blocks()) >= reader.bodyHeadings()) && (probe == null || scoredHolds)) yield scored;
                BodyReader.Reading whole = reader.whole(Cleaner.Vocab.STRONG, true);
                // a product page's own description (JSON-LD, long): the reading that shows it is the product's text, the scored one first
                if (scoredHolds) yield scored;
                if (probe != null && holds(whole.blocks(), probe)) yield whole;
                // neither shows it: the element of the visible body that holds it was pruned (a drawer, a dialog); put back
                BodyReader.Reading put = probe == null ? null : restored(reader, whole, probe);
                if (put != null) yield put;
                int wholeProse = Quality.proseChars(whole.blocks());
                if (span && scoredProse <= Tuning.NEXT_WINNER_MAX_PROSE && wholeProse > 0 && scored.selection() != null) {
                    // scoring picked a box without the page's prose (a sidebar's excerpts): the container it would pick next
                    BodyReader.Reading next = reader.scoredWithout(scored.selection().winner());
                    int nextProse = next == null ? 0 : Quality.proseChars(next.blocks());
                    if (nextProse >= wholeProse * Tuning.WHOLE_READING_SHARE) {
                        scored = next;
                        scoredProse = nextProse;
                    }
                }
                if (scoredProse < wholeProse * Tuning.WHOLE_READING_SHARE
                        || type == PageType.PRODUCT && Quality.chars(scored.blocks()) < Quality.chars(whole.blocks()) * Tuning.PRODUCT_SCORED_MIN_SHARE) yield whole;
                yield span ? withFaq(withHeadings(scored, whole), whole.blocks()) : scored;
            }
        };
    }

    /**
     * True when a documentation page's scored reading holds nearly all of its whole reading: at least
     * {@link Tuning#DOC_SCORED_PROSE_SHARE} of its prose and {@link Tuning#DOC_SCORED_CHARS_SHARE} of its text. What the
     * whole reading adds then is the frame of a docs site — its navigation tree, "Explore" and "Related" lists, version
     * pickers, wiki categories — which holds no prose, and the scored reading (with the headings of its span) is the
     * page. A whole reading without prose gives no such evidence: it stays. Calibration in {@link Tuning#DOC_SCORED_PROSE_SHARE}.
     */
    static boolean holdsThePage(BodyReader.Reading scored, BodyReader.Reading whole) {
        if (scored.selection() == null || scored.blocks().isEmpty()) return false;
        int prose = Quality.proseChars(whole.blocks());
        return prose > 0 && Quality.proseChars(scored.blocks()) >= prose * Tuning.DOC_SCORED_PROSE_SHARE
                && Quality.chars(scored.blocks()) >= Quality.chars(whole.blocks()) * Tuning.DOC_SCORED_CHARS_SHARE;
    }

    /**
     * The scored reading, or its span in the whole reading (from its first block to its last) when that span
     * holds section headings the scored reading left out: scoring then picked the text of an article whose
     * headings sit outside the winning container (beside its paragraphs, or between sibling sections), and the
     * headings and whatever lies between them belong to it. Only a span with more headings: without them, what
     * the whole reading keeps in between is as often a box the scoring rightly left out. Calibration (WCXB dev,
     * article profile): half A all 0.929 -> 0.930 (articles +0.44 F1 points in sum, service +0.44),
     * half B 0.895 -> 0.898 (articles +0.61, listing +0.49, service +0.18, documentation +0.03), no type lower;
     * the span whether or not it adds headings lost 0.93 points on half B's documentation pages. On service pages
     * that keep their scored reading: service half A 0.8460 -> 0.8465, half B 0.8006 -> 0.8018, no type lower.
     */
    static BodyReader.Reading withHeadings(BodyReader.Reading scored, BodyReader.Reading whole) {
        List<Block> span = span(scored.blocks(), whole.blocks());
        return headings(span) > headings(scored.blocks())
                ? scored.with(span) : scored;
    }

    /**
     * True when the whole reading is the scored one, an article's prose ({@link Tuning#TAIL_ARTICLE_PROSE}), after at
     * most a headline and followed by cards and little else: at
     * least {@link Tuning#TAIL_CARDS} teaser cards ({@link #isCard}), each perhaps with a date-like line of {@link
     * Tuning#TAIL_CARD_LINE_CHARS} and then a card title or the end, holding {@link Tuning#TAIL_CARD_SHARE} of what
     * follows the scored reading. That is one article and a list of other pages' teasers after it (related posts,
     * "Explore more"), not a service page's sections, which stand before and around its longest box too. Calibration in
     * {@link Tuning#TAIL_CARDS}.
     */
    static boolean leadsCards(List<Block> scored, List<Block> whole) {
        if (Quality.proseChars(scored) < Tuning.TAIL_ARTICLE_PROSE) return false;
        String first = scored.get(0).text();
        int from = whole.size() > 0 && whole.get(0).text().equals(first) ? 0
                : whole.size() > 1 && isHeading(whole.get(0)) && whole.get(1).text().equals(first) ? 1 : -1;
        if (from < 0) return false;
        int to = lastIndexOf(whole, scored.get(scored.size() - 1).text(), from);
        if (to < 0) return false;
        int tail = 0;
        int cards = 0;
        int cardChars = 0;
        for (int i = to + 1; i < whole.size(); i++) tail += whole.get(i).chars();
        for (int i = to + 1; i + 1 < whole.size(); i++) {
            if (!isCard(whole.get(i), whole.get(i + 1))) continue;
            int j = i + 2;
            int chars = whole.get(i).chars() + whole.get(i + 1).chars();
            if (j < whole.size() && !isCardTitle(whole.get(j)) && whole.get(j).chars() <= Tuning.TAIL_CARD_LINE_CHARS) chars += whole.get(j++).chars();
            if (j < whole.size() && !isCardTitle(whole.get(j))) continue;
            cards++;
            cardChars += chars;
            i = j - 1;
        }
        return cards >= Tuning.TAIL_CARDS && cardChars >= tail * Tuning.TAIL_CARD_SHARE;
    }

    /**
     * An article's reading without the run of other pages' teaser cards it ends with (related or latest posts, "Need
     * more advice?"), in a box no vocabulary names: a closing run of at least {@link Tuning#TAIL_CARDS} teaser cards
     * ({@link #isCard}: a title and one excerpt each), with perhaps a short label between them ("latest posts", up to
     * {@link Tuning#TAIL_CARD_LINE_CHARS}); the heading over the run goes with it. Not when most titles are questions
     * (an FAQ closing the article), nor when the titles are short labels (a service page's feature cards: they average
     * under {@link Tuning#TEASER_TITLE_MEAN_CHARS}), nor when what is left has less prose than an article
     * ({@link Tuning#TAIL_ARTICLE_PROSE}). Calibration in {@link Tuning#TEASER_TITLE_MEAN_CHARS}.
     */
    static List<Block> withoutTeaserTail(List<Block> blocks) {
        int i = blocks.size();
        int cards = 0;
        int questions = 0;
        int titleChars = 0;
        int cut = i;
        while (i >= 2) {
            Block excerpt = blocks.get(i - 1);
            Block title = blocks.get(i - 2);
            if (isCard(title, excerpt)) {
                cards++;
                titleChars += title.chars();
                if (title.text().endsWith("?")) questions++;
                i -= 2;
                cut = i;
            } else if (cards > 0 && excerpt.chars() <= Tuning.TAIL_CARD_LINE_CHARS) {
                cut = --i; // a label between two runs of cards ("latest posts")
            } else {
                break;
            }
        }
        if (cards < Tuning.TAIL_CARDS || questions * 2 > cards || titleChars < cards * Tuning.TEASER_TITLE_MEAN_CHARS) return blocks;
        if (cut > 0 && isHeading(blocks.get(cut - 1)) && blocks.get(cut - 1).chars() <= Tuning.TEASER_TITLE_MAX_CHARS) cut--;
        List<Block> kept = blocks.subList(0, cut);
        return Quality.proseChars(kept) < Tuning.TAIL_ARTICLE_PROSE ? blocks : kept;
    }

    /**
     * True when {@code title} over {@code excerpt} is a teaser card, the one definition {@link #leadsCards} and {@link
     * #withoutTeaserTail} share: a card title ({@link #isCardTitle}) and one excerpt under it of up to {@link
     * Tuning#TAIL_CARD_MAX_CHARS} that is neither a heading nor code.
     */
    static boolean isCard(Block title, Block excerpt) {
        return isCardTitle(title) && !isHeading(excerpt) && excerpt.kind() != Block.Kind.CODE
                && excerpt.chars() <= Tuning.TAIL_CARD_MAX_CHARS;
    }

    /**
     * A teaser card's title: a heading, or a paragraph that is all link, of up to {@link Tuning#TEASER_TITLE_MAX_CHARS}
     * (a headline, not a paragraph of the article).
     */
    private static boolean isCardTitle(Block b) {
        return b.chars() <= Tuning.TEASER_TITLE_MAX_CHARS
                && (isHeading(b) || b.kind() == Block.Kind.PARAGRAPH && b.linkChars() >= b.chars());
    }

    /**
     * An article's reading without the lists of links to other posts it carries under a label of its own ("If you liked
     * this post you might also like:", "Related articles from our blog:", "More from …"), written as a line in the
     * article's flow rather than a box the label opens (which {@link Cleaner} prunes): the label ({@link
     * Vocabulary#RELATED_HEADING} or {@link Vocabulary#RELATED_LIST_LABEL}, a heading or a paragraph of up to {@link
     * Tuning#MAX_BYLINE_CHARS}) and the {@link Tuning#RELATED_LIST_MIN_ITEMS}+ list items right under it that are links
     * ({@link Tuning#RELATED_LIST_ITEM_LINK_SHARE} of their text) go. A list of links under any other line stays (an
     * article's own sources or downloads). Calibration in {@link Tuning#RELATED_LIST_MIN_ITEMS}.
     */
    static List<Block> withoutRelatedLinkLists(List<Block> blocks) {
        List<Block> kept = null;
        for (int k = 0, n = blocks.size(); k < n; k++) {
            Block b = blocks.get(k);
            int items = 0;
            if ((b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.PARAGRAPH) && b.text().length() <= Tuning.MAX_BYLINE_CHARS) {
                while (k + 1 + items < n) {
                    Block item = blocks.get(k + 1 + items);
                    if (item.kind() != Block.Kind.ITEM || item.linkChars() < item.chars() * Tuning.RELATED_LIST_ITEM_LINK_SHARE) break;
                    items++;
                }
            }
            // the label patterns only for a line with its list of links (few lines have one)
            if (items >= Tuning.RELATED_LIST_MIN_ITEMS && (Vocabulary.RELATED_HEADING.matcher(b.text()).matches()
                    || Vocabulary.RELATED_LIST_LABEL.matcher(b.text()).matches())) {
                if (kept == null) kept = new ArrayList<>(blocks.subList(0, k));
                k += items;
            } else if (kept != null) {
                kept.add(b);
            }
        }
        return kept == null ? blocks : kept;
    }

    /** The blocks of {@code whole} from the first block of {@code scored} to its last (by text), or {@code scored}. */
    static List<Block> span(List<Block> scored, List<Block> whole) {
        if (scored.isEmpty()) return scored;
        String first = scored.get(0).text();
        String last = scored.get(scored.size() - 1).text();
        int from = -1;
        for (int i = 0; i < whole.size() && from < 0; i++) if (whole.get(i).text().equals(first)) from = i;
        int to = from < 0 ? -1 : lastIndexOf(whole, last, from);
        return to < 0 ? scored : whole.subList(from, to + 1);
    }

    /** The index of the last block of {@code whole}, at {@code from} or after, whose text is {@code text}; -1 if none. */
    private static int lastIndexOf(List<Block> whole, String text, int from) {
        for (int i = whole.size() - 1; i >= from; i--) if (whole.get(i).text().equals(text)) return i;
        return -1;
    }

    /**
     * The article's reading with the questions and answers that follow it: an FAQ that closes the article in a box of
     * its own (beside the body's container, or in a list the scoring left out, its answers short). In the whole
     * reading, right after the reading's last block, an optional heading of the FAQ with one short block under it
     * ("Frequently asked questions", "Here are common questions…"), then at least {@link Tuning#FAQ_MIN_QUESTIONS}
     * headings that end with a question mark (or short lines of plain text that do, {@link #isFaqQuestion}), each with one or more
     * blocks under it (its answer, none of them a question): those are
     * put after the reading. It stops at the first heading or block that is no question and answer. Question headings outside the reading make
     * {@link #read} write the whole reading anyway, so this costs one scan of it. Calibration in
     * {@link Tuning#FAQ_MIN_QUESTIONS}.
     */
    static BodyReader.Reading withFaq(BodyReader.Reading reading, List<Block> whole) {
        List<Block> blocks = reading.blocks();
        if (blocks.isEmpty()) return reading;
        int end = lastIndexOf(whole, blocks.get(blocks.size() - 1).text(), 0);
        if (end < 0) return reading;
        int i = end + 1;
        if (i < whole.size() && isHeading(whole.get(i)) && !isQuestion(whole.get(i))) { // the FAQ's own heading
            i++;
            if (i < whole.size() && !isHeading(whole.get(i)) && !isFaqQuestion(whole.get(i))) i++; // and its introduction
        }
        int questions = 0;
        int to = end + 1;
        while (i < whole.size() && isFaqQuestion(whole.get(i))) {
            int j = i + 1;
            while (j < whole.size() && !isHeading(whole.get(j)) && !isQuestion(whole.get(j))) j++; // its answer
            if (j == i + 1) break; // a question without an answer
            if (!isHeading(whole.get(i)) && !ContentScorer.endsSentence(whole.get(i + 1).text())) break; // a line's question answered by no sentence: a call to action
            questions++;
            to = j;
            i = j;
        }
        if (questions < Tuning.FAQ_MIN_QUESTIONS) return reading;
        List<Block> out = new ArrayList<>(blocks);
        out.addAll(whole.subList(end + 1, to));
        return reading.with(out);
    }

    private static boolean isHeading(Block b) {
        return b.kind() == Block.Kind.HEADING;
    }

    /**
     * An FAQ's question: a heading that ends with a question mark, or a short line of plain text that does
     * ({@link Tuning#FAQ_QUESTION_MAX_CHARS}, no link): an accordion's question, written in its toggle button.
     */
    private static boolean isFaqQuestion(Block b) {
        return isQuestion(b) && (isHeading(b) || b.kind() == Block.Kind.PARAGRAPH && b.linkChars() == 0
                && b.chars() <= Tuning.FAQ_QUESTION_MAX_CHARS);
    }

    private static boolean isQuestion(Block b) {
        return b.text().strip().endsWith("?");
    }

    /**
     * A thread's reading with its opening post: forum software writes the first post's start into the page's
     * description ({@code og:description}, {@code description}), and when scoring picked the replies (most of the text,
     * built alike) the first post, in an element of its own above them, is left out. When {@code reading} does not show
     * the description's first {@link Tuning#FORUM_OPENING_PROBE_CHARS} chars, and a block of the whole reading before
     * the reading's first block does, the whole reading's blocks from that one on are put before it. Only readings of
     * the visible body are searched, so the description itself never reaches the text. Calibration in
     * {@link Tuning#FORUM_OPENING_PROBE_CHARS}.
     */
    static BodyReader.Reading withOpening(BodyReader.Reading reading, BodyReader reader, String description) {
        String key = probe(description);
        if (key == null || reading.blocks().isEmpty()) return reading;
        if (indexOf(reading.blocks(), key, 0) >= 0) return reading;
        List<Block> whole = reader.whole(Cleaner.Vocab.STRONG, true).blocks();
        int opening = indexOf(whole, key, 0);
        if (opening < 0) return reading;
        String first = reading.blocks().get(0).text();
        for (int i = opening + 1; i < whole.size(); i++) {
            if (!whole.get(i).text().equals(first)) continue;
            List<Block> blocks = new ArrayList<>(whole.subList(opening, i));
            blocks.addAll(reading.blocks());
            return reading.with(blocks);
        }
        return reading;
    }

    /**
     * A Q&amp;A thread's reading with its answers: the page's JSON-LD {@code Question} lists them
     * ({@link JsonLd#answers}), and when the reading shows none of them (each looked for by its first
     * {@link Tuning#FORUM_OPENING_PROBE_CHARS} chars) while the visible body does, they stand in a block the vocabulary
     * pruned — forum software that writes its answers as "comments" ({@code div#comments} beside the question). The
     * smallest element of the visible body holding every declared answer is read as a thread (comment words naming its
     * posts, {@link BodyReader#thread}) and put after the reading; when it holds the reading too, it replaces it.
     * Calibration in {@link Tuning#FORUM_DECLARED_ANSWERS}.
     */
    static BodyReader.Reading withAnswers(BodyReader.Reading reading, BodyReader reader, List<String> answers) {
        if (reading.blocks().isEmpty()) return reading;
        List<String> probes = new ArrayList<>();
        String shown = null;
        for (String answer : answers) {
            String key = probe(answer);
            if (key == null) continue;
            if (shown == null) shown = text(reading.blocks());
            if (shown.contains(key)) return reading; // the reading shows the answers
            probes.add(key);
        }
        if (probes.isEmpty()) return reading;
        org.jsoup.nodes.Element holder = reader.holding(probes);
        if (holder == null) return reading;
        List<Block> thread = reader.thread(holder).blocks();
        if (!shows(thread, probes.get(0))) return reading;
        if (shows(thread, Dom.normalize(reading.blocks().get(0).text()))) {
            return reading.with(thread);
        }
        List<Block> blocks = new ArrayList<>(reading.blocks());
        blocks.addAll(thread);
        return reading.with(blocks);
    }

    /** True when the text of {@code blocks}, one after the other (whitespace collapsed), holds {@code key}: across blocks too. */
    private static boolean shows(List<Block> blocks, String key) {
        return text(blocks).contains(key);
    }

    /** The text of {@code blocks}, one after the other, whitespace collapsed. */
    private static String text(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) b.append(block.text()).append(' ');
        return Dom.normalize(b.toString());
    }

    /**
     * What a forum reading is searched for to tell whether it shows {@code text} (a page description, a declared
     * answer): its first {@link Tuning#FORUM_OPENING_PROBE_CHARS} chars, whitespace collapsed; null when it is shorter.
     */
    private static String probe(String text) {
        String key = Dom.normalize(text);
        return key == null || key.length() < Tuning.FORUM_OPENING_PROBE_CHARS ? null : key.substring(0, Tuning.FORUM_OPENING_PROBE_CHARS);
    }

    /** The index of the first block of {@code blocks} from {@code from} on whose text (whitespace collapsed) holds {@code key}, or -1. */
    private static int indexOf(List<Block> blocks, String key, int from) {
        for (int i = from; i < blocks.size(); i++) if (Dom.normalize(blocks.get(i).text()).contains(key)) return i;
        return -1;
    }

    /**
     * What a product page's reading is checked for: the first {@link Tuning#PRODUCT_DESCRIPTION_PROBE_CHARS} chars of
     * its JSON-LD description when that is at least {@link Tuning#PRODUCT_DESCRIPTION_MIN_CHARS} long; else null (no
     * anchor). Only the readings are searched, so text the page hides never comes back through it.
     */
    static String probe(PageType type, String description) {
        if (type != PageType.PRODUCT || description == null || description.length() < Tuning.PRODUCT_DESCRIPTION_MIN_CHARS) return null;
        return description.substring(0, Tuning.PRODUCT_DESCRIPTION_PROBE_CHARS);
    }

    /**
     * The whole reading with the element that holds a product's description put back where it stands, or null
     * when the visible body has no such element or putting it back adds nothing.
     */
    private static BodyReader.Reading restored(BodyReader reader, BodyReader.Reading whole, String probe) {
        org.jsoup.nodes.Element holder = reader.holding(probe);
        if (holder == null) return null;
        BodyReader.Reading put = reader.whole(Cleaner.Vocab.STRONG, true, holder);
        return put.chars() > whole.chars() ? put : null;
    }

    /** True when one block of {@code blocks} holds {@code probe}. */
    static boolean holds(List<Block> blocks, String probe) {
        for (Block b : blocks) if (b.text().contains(probe)) return true;
        return false;
    }

    private static int headings(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) if (b.kind() == Block.Kind.HEADING) n++;
        return n;
    }
}
