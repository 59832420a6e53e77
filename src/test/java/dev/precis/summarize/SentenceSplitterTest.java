package dev.precis.summarize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    @Test
    void splitsOnTerminalPunctuation() {
        assertEquals(List.of("It rained.", "Did it stop?", "No!"), split("It rained. Did it stop? No!"));
    }

    @Test
    void titlesMonthsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Mr. Kim met Dr. J. K. Rowling on Jan. 5 in St. Petersburg.", "They talked."),
                split("Mr. Kim met Dr. J. K. Rowling on Jan. 5 in St. Petersburg. They talked."));
    }

    @Test
    void dottedAcronymEndsSentenceOnlyBeforeAnOpeningWord() {
        assertEquals(List.of("A U.S. official said the U.S. Navy will go to the U.S.", "The trip is soon."),
                split("A U.S. official said the U.S. Navy will go to the U.S. The trip is soon."));
    }

    @Test
    void numberAbbreviationSplitsOnlyBeforeAWord() {
        assertEquals(List.of("He was ranked No. 1 in May.", "The answer was no.", "Then he left."),
                split("He was ranked No. 1 in May. The answer was no. Then he left."));
    }

    @Test
    void companySuffixEndsSentenceBeforeAnOpeningWord() {
        assertEquals(List.of("Shares of Apple Inc. rose.", "He sold Acme Inc.", "The deal closed."),
                split("Shares of Apple Inc. rose. He sold Acme Inc. The deal closed."));
    }

    @Test
    void decimalsAndAmountsDoNotSplit() {
        assertEquals(List.of("Milton left 3.4M without power and $1.13bn in damage.", "Power is back."),
                split("Milton left 3.4M without power and $1.13bn in damage. Power is back."));
    }

    @Test
    void closingQuoteAfterPeriodStaysWithTheSentence() {
        assertEquals(List.of("Watson said, \u201cWe have information.\u201d", "She added more."),
                split("Watson said, \u201cWe have information.\u201d She added more."));
    }

    @Test
    void questionInsideQuoteFollowedByLowerCaseDoesNotSplit() {
        assertEquals(List.of("\"Is it over?\" she asked."), split("\"Is it over?\" she asked."));
    }

    @Test
    void lineBreaksEndSentencesAndCountParagraphs() {
        List<SentenceSplitter.Sentence> s = splitter.split("Headline without period\n\nFirst. Second.\n\nThird.");
        assertEquals(List.of("Headline without period", "First.", "Second.", "Third."),
                s.stream().map(SentenceSplitter.Sentence::text).toList());
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(SentenceSplitter.Sentence::paragraph).toList());
    }

    @Test
    void offsetsIndexTheOriginalText() {
        String text = "  One sentence here.   Another one!  ";
        for (SentenceSplitter.Sentence s : splitter.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void separatorsWithoutWordsAreSkipped() {
        assertEquals(List.of("Before.", "After."), split("Before.\n___\nAfter."));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(null));
    }
}
