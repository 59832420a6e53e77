package dev.precis.extract;

/**
 * Stage 5b: which reading of the body is the page's main text ({@link BodyReader}), by the page type's
 * profile and a plausibility check. Trafilatura weighs its own result against a baseline the same way.
 * <ul>
 *   <li>Article-like pages (article, forum, product) take the scored reading, unless it is implausible:
 *       it has less prose ({@link Quality#proseWords}) than {@link Tuning#WHOLE_READING_SHARE} of the
 *       whole reading's (comments and other blocks the strong vocabulary names left out of both), i.e.
 *       scoring picked one box of an article cut into many, a call-to-action or a cookie notice. Then the
 *       whole reading is the body.</li>
 *   <li>Service pages (content in many sections: hero, features, FAQ) take the whole reading with no
 *       vocabulary pruning (their sections are often named hero, banner, feature…).</li>
 *   <li>Listing, collection and documentation pages take the whole reading without dropping link-rich
 *       blocks (their cards, product tiles and code references are links).</li>
 * </ul>
 */
final class Choice {

    private Choice() {
    }

    static BodyReader.Reading choose(PageType type, BodyReader reader) {
        return switch (type) {
            case SERVICE -> reader.whole(Cleaner.Vocab.NONE, true);
            case LISTING, COLLECTION, DOCUMENTATION -> reader.whole(Cleaner.Vocab.ALL, false);
            case ARTICLE, FORUM, PRODUCT -> {
                BodyReader.Reading scored = reader.scored();
                BodyReader.Reading whole = reader.whole(Cleaner.Vocab.STRONG, true);
                yield Quality.proseWords(scored.blocks()) < Quality.proseWords(whole.blocks()) * Tuning.WHOLE_READING_SHARE
                        ? whole : scored;
            }
        };
    }
}
