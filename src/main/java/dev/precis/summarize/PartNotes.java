package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * What one part of a long article yielded, keeping only quotes code found in the body: the reduce
 * call sees nothing the article does not say word for word (besides the parts' own summaries).
 */
record PartNotes(int part, String summary, List<ModelDraft.Fact> facts, List<String> answerLines) {

    /**
     * The notes of one part's reply: only facts and answers whose quotes code placed in the body, each
     * quote given as the article's own words (so the reduce call copies those, not the model's version).
     */
    static PartNotes of(int part, ModelDraft d, List<String> questions, BodyIndex body) {
        List<ModelDraft.Fact> facts = new ArrayList<>();
        if (d.keyFacts() != null) {
            for (ModelDraft.Fact f : d.keyFacts()) {
                String words = f == null ? null : articleWords(f.quote(), body);
                if (words != null) facts.add(new ModelDraft.Fact(f.fact(), words));
            }
        }
        List<String> answers = new ArrayList<>();
        List<ModelDraft.QuestionAnswer> given = d.answers() == null ? List.of() : d.answers();
        for (int i = 0; i < Math.min(given.size(), questions.size()); i++) {
            ModelDraft.QuestionAnswer a = given.get(i);
            if (a == null || a.status() != ModelDraft.Status.answered || a.quotes() == null) continue;
            for (String q : a.quotes()) {
                String words = articleWords(q, body);
                if (words != null) {
                    answers.add("question " + (i + 1) + ": " + a.answer() + " \"" + words + "\"");
                    break;
                }
            }
        }
        return new PartNotes(part, d.summary(), facts, answers);
    }

    /** The article's words where {@code quote} is placed, or null when it cannot be used. */
    private static String articleWords(String quote, BodyIndex body) {
        Grounding.Placement p = Grounding.usable(quote, body);
        return p == null ? null : body.body.substring(p.span().start(), p.span().end());
    }

    /**
     * The notes of all parts as text of at most {@code maxChars}: facts per part are cut evenly (last
     * ones first) until it fits; then, if still too long, whole parts from the end.
     */
    static String render(List<PartNotes> notes, int maxChars) {
        int most = notes.stream().mapToInt(n -> n.facts().size()).max().orElse(0);
        String text = withFacts(notes, most);
        for (int perPart = most - 1; text.length() > maxChars && perPart >= 0; perPart--) {
            text = withFacts(notes, perPart);
        }
        if (text.length() > maxChars) {
            int cut = text.lastIndexOf("\n\nPart ", maxChars);
            text = cut > 0 ? text.substring(0, cut) : text.substring(0, maxChars);
        }
        return text;
    }

    private static String withFacts(List<PartNotes> notes, int factsPerPart) {
        StringBuilder sb = new StringBuilder();
        for (PartNotes n : notes) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append("Part ").append(n.part()).append(": ").append(n.summary().strip());
            for (int i = 0; i < Math.min(factsPerPart, n.facts().size()); i++) {
                ModelDraft.Fact f = n.facts().get(i);
                sb.append("\n- ").append(f.fact()).append(": \"").append(f.quote().strip()).append('"');
            }
            for (String a : n.answerLines()) sb.append("\n- ").append(a);
        }
        return sb.toString();
    }
}
