package dev.precis.model.offenders;

/** Test-only: a "model" class using jsoup, which the model's JDK-only rule forbids (ArchitectureTest). */
public final class ModelUsesJsoup {

    Object parse() {
        return org.jsoup.Jsoup.parse("<p>x</p>");
    }
}
