package dev.precis.summarize.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The in-process scorer against the hand-computed examples of {@code rouge.py selftest}. */
class RougeTest {

    private static final double EPS = 1e-12;

    @Test
    void tokensAreLowerCaseRunsOfAsciiLettersAndDigits() {
        assertEquals(List.of("u", "s", "gdp", "rose", "2", "3"), Rouge.tokens("U.S. GDP rose 2.3%!"));
    }

    @Test
    void rouge1And2CountClippedOverlap() {
        Rouge.Score s = Rouge.score("the cat was under the bed", "the cat was found under the bed");
        assertEquals(2 * 1 * (6.0 / 7) / (1 + 6.0 / 7), s.rouge1(), EPS);
        assertEquals(2 * (4.0 / 5) * (4.0 / 6) / (4.0 / 5 + 4.0 / 6), s.rouge2(), EPS);
        assertEquals(2 * (1.0 / 3) * (1.0 / 2) / (1.0 / 3 + 1.0 / 2), Rouge.score("the the the", "the cat").rouge1(), EPS);
    }

    @Test
    void rougeLIsTheLongestCommonSubsequence() {
        assertEquals(0.75, Rouge.score("police kill the gunman", "police killed the gunman").rougeL(), EPS);
        assertEquals(0.5, Rouge.score("the gunman kill police", "police killed the gunman").rougeL(), EPS);
    }

    @Test
    void emptyCandidateScoresZero() {
        assertEquals(0, Rouge.score("", "a b c").rouge2(), EPS);
        assertEquals(1, Rouge.score("A b c.\nD e f.", "A b c.\nD e f.").rouge1(), EPS);
    }
}
