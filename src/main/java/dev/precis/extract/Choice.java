package dev.precis.extract;

/**
 * Stage 5b: which reading of the body is the page's main text ({@link BodyReader}), by the page type's
 * profile and a plausibility check. Trafilatura weighs its own result against a baseline the same way.
 * <ul>
 *   <li>Article-like pages (article, forum, product) take the scored reading, unless it is implausible:
 *       it has less prose ({@link Quality#proseChars}) than {@link Tuning#WHOLE_READING_SHARE} of the
 *       whole reading's (comments and other blocks the strong vocabulary names left out of both), i.e.
 *       scoring picked one box of an article cut into many, a call-to-action or a cookie notice. Then the
 *       whole reading is the body.</li>
 *   <li>Service pages (content in many sections: hero, features, FAQ) take the whole reading, pruned
 *       only of what is never content ({@link Cleaner.Vocab#JUNK}: their sections are often named hero,
 *       banner, promo, rating…), unless the scored reading already holds
 *       {@link Tuning#SERVICE_SCORED_SHARE} of its text (an article typed service for want of metadata
 *       keeps its article reading). When no container won the scoring (its reading is the whole body),
 *       the whole reading, which leaves out the junk, is the better of the two.</li>
 *   <li>Listing, collection and documentation pages take the whole reading without dropping link-rich
 *       blocks (their cards, product tiles and code references are links).</li>
 * </ul>
 */
final class Choice {

    private Choice() {
    }

    static BodyReader.Reading choose(PageType type, BodyReader reader) {
        return switch (type) {
            case SERVICE -> {
                BodyReader.Reading scored = reader.scored();
                BodyReader.Reading whole = reader.whole(Cleaner.Vocab.JUNK, true);
                boolean wholePage = scored.selection() == null || scored.selection().winner().normalName().equals("body");
                yield wholePage || Quality.chars(scored.blocks()) < Quality.chars(whole.blocks()) * Tuning.SERVICE_SCORED_SHARE
                        ? whole : scored;
            }
            case LISTING, COLLECTION, DOCUMENTATION -> reader.whole(Cleaner.Vocab.ALL, false);
            case ARTICLE, FORUM, PRODUCT -> {
                BodyReader.Reading scored = reader.scored();
                int scoredProse = Quality.proseChars(scored.blocks());
                // no reading holds more text than the body: when the scored one has the share of all of it,
                // the whole reading cannot outweigh it and is not written (the same choice, at about half the cost)
                if (scoredProse >= reader.bodyChars() * Tuning.WHOLE_READING_SHARE) yield scored;
                BodyReader.Reading whole = reader.whole(Cleaner.Vocab.STRONG, true);
                yield scoredProse < Quality.proseChars(whole.blocks()) * Tuning.WHOLE_READING_SHARE ? whole : scored;
            }
        };
    }
}
