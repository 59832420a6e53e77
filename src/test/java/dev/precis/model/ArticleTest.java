package dev.precis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static Article withDiagnostics(Set<String> diagnostics) {
        return new Article("T", null, null, null, "en", null, null, null, List.of("One.", "Two."), diagnostics);
    }

    @Test
    void diagnosticsComeInAlphabeticalOrderWhateverTheInputOrder() {
        // the stored JSON lists them in iteration order: it must not depend on the run or the caller's set
        Set<String> given = new LinkedHashSet<>(List.of("too_short", "low_confidence", "possible_paywall"));
        assertEquals(List.of("low_confidence", "possible_paywall", "too_short"),
                List.copyOf(withDiagnostics(given).diagnostics()));
    }

    @Test
    void diagnosticsAreACopyThatCannotBeChanged() {
        Set<String> given = new LinkedHashSet<>(List.of("too_short"));
        Article a = withDiagnostics(given);
        given.add("low_confidence");
        assertEquals(Set.of("too_short"), a.diagnostics());
        assertThrows(UnsupportedOperationException.class, () -> a.diagnostics().add("x"));
    }

    @Test
    void textJoinsParagraphsWithABlankLine() {
        assertEquals("One.\n\nTwo.", withDiagnostics(Set.of()).text());
    }
}
