package dev.precis.summarize;

import dev.precis.model.Article;

import dev.precis.model.Deadline;
import java.util.List;

/** Something that reads an article and proposes a summary, key facts and answers. */
public interface Engine {

    /** Engine id as stored in provenance: {@code builtin-extractive}, {@code openai:gpt-4o-mini}. */
    String id();

    /** Model name, or null for engines without one. */
    String model();

    /** Version of the prompt (or algorithm) — part of the re-run key: a change re-summarizes. */
    String promptVersion();

    /**
     * Proposes a digest of {@code article}.
     *
     * @param article   the extracted article; quotes must come from {@link Article#text()}
     * @param questions questions to answer, possibly empty
     * @throws dev.precis.model.PrecisException with an {@code llm_*} code when the model fails
     */
    Draft draft(Article article, List<String> questions);

    /**
     * Like {@link #draft(Article, List)}, but done by {@code deadline}: model calls and retries that
     * would end after it are not started (engines without model calls ignore it).
     *
     * @param deadline when the caller needs the draft (e.g. the Lambda's end), or {@link Deadline#NONE}
     */
    default Draft draft(Article article, List<String> questions, Deadline deadline) {
        return draft(article, questions);
    }
}
