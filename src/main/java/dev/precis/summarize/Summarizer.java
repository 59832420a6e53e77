package dev.precis.summarize;

import dev.precis.model.Article;
import dev.precis.model.Deadline;
import dev.precis.model.Digest;

import java.util.List;

/** An engine's draft, checked by {@link Grounding}: the only way a {@link Digest} is made. */
public final class Summarizer {

    private final Engine engine;
    private final Grounding grounding;
    private final int maxKeyFacts;

    public Summarizer(Engine engine, int maxKeyFacts) {
        this.engine = engine;
        this.grounding = new Grounding();
        this.maxKeyFacts = maxKeyFacts;
    }

    /** The engine in use (its id, model and prompt version key re-runs). */
    public Engine engine() {
        return engine;
    }

    /**
     * Summarizes {@code article} and answers {@code questions}; every quote in the result was found in
     * {@link Article#text()} by code.
     */
    public Digest summarize(Article article, List<String> questions) {
        return summarize(article, questions, Deadline.NONE);
    }

    /**
     * Like {@link #summarize(Article, List)}, finished by {@code deadline}: no model call or retry is
     * started that would end after it (less {@code precis.llm.deadline-margin}).
     *
     * @param deadline e.g. the Lambda invocation's end, or {@link Deadline#NONE}
     */
    public Digest summarize(Article article, List<String> questions, Deadline deadline) {
        Draft draft = engine.draft(article, questions, deadline);
        return grounding.verify(draft, article.text(), maxKeyFacts, questions);
    }
}
