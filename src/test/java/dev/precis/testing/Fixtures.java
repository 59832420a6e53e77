package dev.precis.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: the reference page, events from {@code events/}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The reference page: the AP story about Kim and Putin inside a news site's chrome. */
    public static String referencePage() {
        return resource("/pages/ap-kim-putin/source.html");
    }

    /** A file of {@code events/}, the samples users deploy with. */
    public static String event(String name) {
        try {
            return Files.readString(Path.of("events", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nine body paragraphs of the reference article, as the page states them. */
    public static final String[] REFERENCE_PARAGRAPH_STARTS = {
            "WASHINGTON (AP) — A U.S. official said Monday",
            "The official, who was not authorized",
            "National Security Council spokeswoman Adrienne Watson",
            "Watson said, “We have information",
            "She added that the U.S. is urging North Korea",
            "Shoigu said Monday that the two countries",
            "The New York Times first reported",
            "The White House said last week",
            "AP Diplomatic Writer Matthew Lee in Washington contributed to this story."};

    /** Headlines of the page's link lists: none may reach the body or the prompt. */
    public static final String[] LINK_LIST_HEADLINES = {
            "Martha Stewart Reveals", "Milton by the numbers", "Arkansas State Police probe",
            "Sarah J. Maas books explained", "Gerrit Cole tosses playoff gem", "veryGood!"};
}
