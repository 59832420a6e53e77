package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link LineStarts}, the first-two- and three-characters table worked out from a pattern, and the split of
 * {@link Vocabulary#BOILERPLATE_LINE} it gates ({@code BlockWriter.LineMatchers#isBoilerplate}): the split must answer
 * as the whole pattern does on every line, boilerplate or not.
 */
class LineStartsTest {

    /** One line per alternative of {@link Vocabulary#BOILERPLATE_LINE}, each of which it matches. */
    private static final List<String> BOILERPLATE = List.of("Read more", "Read next", "Read also", "Also read", "See also",
            "Read full article", "Read the full story", "Related", "Related stories", "More on this", "More from",
            "More stories", "Recommended", "Recommended for you", "You may also like", "You might also like",
            "Advertisement", "Sponsored content", "Share", "Share this article", "Share on Facebook", "Tweet",
            "Click here to download", "Continue reading", "Follow us on Mastodon", "Sign up now", "Subscribe to our feed",
            "Print", "Email", "Comments", "Ranking", "Recommendation", "View", "Views", "Tags", "Etiquetas",
            "Schlagwörter", "Mots-clés", "Top stories", "Most read", "Most popular", "Trending now", "Back to top",
            "Skip to main content", "Loading...", "Photo", "Image", "Video", "Adverts", "Don't miss",
            "This video requires JavaScript", "Tell us what you think", "You need to enable JavaScript to run this app.",
            "Please enable JavaScript", "5 min read", "Reading time: 4 minutes", "Like this", "Like Loading…",
            "Was this article helpful?", "Did you find this page useful?", "Thank you for your feedback",
            "Comments are closed", "Voice your opinion", "Sort by", "Sort: Best Match", "Sort by price", "143 results",
            "Loaded 143 results", "Showing 27 products", "Showing 1–24 of 143 items", "Page 1 of 8",
            "Frequently bought together", "Customers also viewed", "People who bought this also bought",
            "Recently viewed items", "Related products", "Similar items", "Lamps & related items",
            "Garden tools and related products", "Complete the look", "Shop the look", "Pairs well with",
            "You may also need", "Oops! Something went wrong. Please try again.", "Something went wrong while saving.",
            "There was a problem calculating your shipping. Please try again.", "An error occurred. Please try again later.",
            "Captcha failed to load.", "Thank you for subscribing to our newsletter.", "Thanks for signing up!",
            "Read more »", "Related: ", ".5 items");

    /** Lines of text, several opening with a boilerplate word, none of which it matches. */
    private static final List<String> TEXT = List.of("Related products and services are listed on the next page.",
            "Read more books this year.", "Kim Jong Un met Vladimir Putin in the far east of Russia.", "Quarterly results",
            "Garden tools and related services", "The fox and related species live in dens.", "Something went wrong with the launch.",
            "Sharing is caring", "Photo: Jane Roe", "Ünter den Linden", "  ", "A", "x", "Über uns", "“Read more”",
            "12 results were published in 2024.", "and related items");

    @Test
    void aTableRulesOutOnlyWhatThePatternCannotMatch() {
        LineStarts starts = LineStarts.of(Pattern.compile("^(?:ab|cd.*|e)$", Pattern.CASE_INSENSITIVE));
        assertTrue(starts.mayStart("ab"));
        assertTrue(starts.mayStart("AB"));
        assertTrue(starts.mayStart("cd and more"));
        assertTrue(starts.mayStart("e"), "a line under two characters is always tried");
        assertTrue(starts.mayStart("éx"), "a first character from U+0080 is always tried");
        assertTrue(starts.mayStart("aé"), "a second character from U+0080 is always tried");
        assertTrue(starts.mayStart("cd and more"), "the table looks at three characters only; the pattern answers for the rest");
        assertFalse(starts.mayStart("ab and more"), "a third character the pattern cannot read on with");
        assertTrue(starts.mayStart("abé"), "a third character from U+0080: the pair answers");
        assertFalse(starts.mayStart("axé"), "a pair the pattern cannot begin with, whatever follows");
        assertFalse(starts.mayStart("ax"));
        assertFalse(starts.mayStart("zz top"));
        assertFalse(starts.mayStart("ea"));
    }

    @Test
    void everyBoilerplateAlternativeStillMatchesThroughTheGate() {
        BlockWriter.LineMatchers lines = new BlockWriter.LineMatchers();
        for (String s : variants(BOILERPLATE)) {
            assertTrue(Vocabulary.BOILERPLATE_LINE.matcher(s).matches(), s);
            assertTrue(lines.isBoilerplate(s), s);
        }
    }

    @Test
    void theSplitAnswersAsTheWholePatternOnText() {
        BlockWriter.LineMatchers lines = new BlockWriter.LineMatchers();
        for (String s : variants(TEXT)) {
            assertEquals(Vocabulary.BOILERPLATE_LINE.matcher(s).matches(), lines.isBoilerplate(s), s);
            assertFalse(lines.isBoilerplate(s), s);
        }
    }

    @Test
    void everyRatingAlternativeStillMatchesThroughTheGate() {
        for (String line : List.of("veryGood! (59)", "Very good (12)", "Good (3)", "Excellent", "Bad", "Poor (1)", "Like",
                "Dislike 4", "Rating: 4.5/5", "Rate this", "Votes: 12", "Vote")) {
            for (String s : List.of(line, line.toUpperCase(Locale.ROOT), line.toLowerCase(Locale.ROOT))) {
                assertTrue(Vocabulary.RATING_LINE.matcher(s).matches(), s);
                assertTrue(Vocabulary.RATING_STARTS.mayStart(s), s);
            }
        }
        assertFalse(Vocabulary.RATING_STARTS.mayStart("Kim Jong Un met Vladimir Putin."));
    }

    @Test
    void theGateRulesOutMostProse() {
        assertFalse(Vocabulary.BOILERPLATE_STARTS.mayStart("Kim Jong Un met Vladimir Putin."));
        assertFalse(Vocabulary.BOILERPLATE_STARTS.mayStart("Quarterly results were better than expected."));
        assertFalse(Vocabulary.BOILERPLATE_STARTS.mayStart("In the morning, the train left."));
        assertTrue(Vocabulary.BOILERPLATE_STARTS.mayStart("Read more"));
        assertTrue(Vocabulary.BOILERPLATE_STARTS.mayStart("READ MORE"));
    }

    @Test
    void aThirdCharacterRulesOutLinesThePairLetThrough() {
        assertTrue(Vocabulary.BOILERPLATE_STARTS.mayStart("Read more"));
        assertTrue(Vocabulary.BOILERPLATE_STARTS.mayStart("Re"), "the pair answers for a line of two");
        assertFalse(Vocabulary.BOILERPLATE_STARTS.mayStart("Results were mixed."));
        assertFalse(Vocabulary.BOILERPLATE_STARTS.mayStart("Regular readers know the drill."));
        assertFalse(Vocabulary.BOILERPLATE_STARTS.mayStart("Remember the flood of 1927?"));
    }

    @Test
    void everyPointerAlternativeStillMatchesThroughTheGate() {
        BlockWriter.LineMatchers lines = new BlockWriter.LineMatchers();
        for (String s : variants(List.of("Read more: the harbour plan", "Read next » Tide tables", "Read also - a reply",
                "Also read: winter notes", "See also: tides", "Related: the old mill", "More | village news",
                "Watch: the regatta", "Listen › our podcast", "Recommended: tea rooms", "Opinion — why bridges"))) {
            assertTrue(Vocabulary.POINTER_PREFIX.matcher(s).matches(), s);
            assertTrue(Vocabulary.POINTER_STARTS.mayStart(s), s);
            assertTrue(lines.matches(BlockWriter.LineMatchers.POINTER, s), s);
            assertTrue(lines.matches(BlockWriter.LineMatchers.POINTER, s), "a matcher used again answers again: " + s);
        }
        assertFalse(Vocabulary.POINTER_STARTS.mayStart("The harbour plan was approved."));
        assertFalse(lines.matches(BlockWriter.LineMatchers.POINTER, "Reading the tide tables"));
    }

    @Test
    void everyUpdateStampPassesItsGate() {
        for (String line : List.of("Last updated: March 4, 2025", "Last modified on 2024-05-01", "Last reviewed 3 May 2024",
                "This page was last edited on 12 June 2023, at 10:15", "This guide was last revised January 2025")) {
            for (String s : List.of(line, line.toUpperCase(Locale.ROOT), line.toLowerCase(Locale.ROOT))) {
                assertTrue(Vocabulary.UPDATE_STAMP.matcher(s).matches(), s);
                assertTrue(Vocabulary.UPDATE_STAMP_STARTS.mayStart(s), s);
            }
        }
        assertFalse(Vocabulary.UPDATE_STAMP_STARTS.mayStart("The page was last updated in 2020, the council says."));
        assertFalse(Vocabulary.UPDATE_STAMP_STARTS.mayStart("Lately the ferry has run late."));
    }

    @Test
    void everyDateLineHoldsADigit() {
        BlockWriter.LineMatchers lines = new BlockWriter.LineMatchers();
        for (String s : List.of("Date:2025-04-27 13:54:31", "Published 3 May 2024", "Posted on March 4, 2023 at 10:15 am",
                "27.04.2025", "Updated: Tuesday, 4 de marzo de 2025", "veröffentlicht 12. Mai 2024 um 14:30 MESZ")) {
            assertTrue(lines.matches(BlockWriter.LineMatchers.DATE, s), s);
            assertTrue(PageTypes.hasDigit(s), "the gate before DATE_LINE lets it through: " + s);
        }
        assertFalse(PageTypes.hasDigit("Published on the first of May"));
        assertFalse(lines.matches(BlockWriter.LineMatchers.DATE, "Published on the first of May"));
    }

    /** Each line as written, in upper and lower case, and (ending in a letter or digit) with a closing mark after it. */
    private static List<String> variants(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String s : lines) {
            out.add(s);
            out.add(s.toUpperCase(Locale.ROOT));
            out.add(s.toLowerCase(Locale.ROOT));
            if (Character.isLetterOrDigit(s.charAt(s.length() - 1))) out.add(s + " »");
        }
        return out;
    }
}
