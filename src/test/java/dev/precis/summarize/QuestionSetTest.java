package dev.precis.summarize;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.extract.Extractor;
import dev.precis.model.Answer;
import dev.precis.model.Article;
import dev.precis.model.Digest;
import dev.precis.model.Quote;
import dev.precis.summarize.bench.SummarySets;
import dev.precis.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The built-in engine's question set ({@code src/test/resources/summarize/questions.tsv}): each question is
 * asked of its fixture page through the engine and the quote check, as a user would get it. Three figures
 * per split (tune / heldout), pinned as floors in {@code question-floors.properties}:
 * <ul>
 *   <li>{@code answered}: share of answerable questions answered with acceptable quotes only (every quoted
 *       sentence contains one of the question's accepted fragments);</li>
 *   <li>{@code notStated}: share of unanswerable questions answered {@code not_stated};</li>
 *   <li>{@code precision}: share of all answers given that are acceptable.</li>
 * </ul>
 * {@code -Dprecis.gate.update=true} writes the measured figures back as floors; a lower floor is refused
 * unless {@code -Dprecis.gate.allowLower=true}. The issue's targets (90 % of unanswerable questions
 * {@code not_stated}, 80 % of answerable ones answered acceptably) hold on the whole set.
 */
class QuestionSetTest {

    static final Path FLOORS = Path.of("src/test/resources/summarize/question-floors.properties");
    /** A measured figure may fall this far below its floor (none here: the engine is deterministic). */
    private static final double EPSILON = 1e-9;
    static final double TARGET_NOT_STATED = 0.90;
    static final double TARGET_ANSWERED = 0.80;

    /** One line of the question set. */
    record Question(String split, String source, String text, List<String> accepted) {
        boolean answerable() {
            return !accepted.isEmpty();
        }
    }

    /** What the engine did with one question. */
    record Outcome(Question question, Answer answer) {
        boolean answered() {
            return Answer.ANSWERED.equals(answer.status());
        }

        boolean acceptable() {
            if (!answered() || !question.answerable()) return false;
            for (Quote q : answer.quotes()) {
                if (question.accepted().stream().noneMatch(q.quote()::contains)) return false;
            }
            return true;
        }
    }

    /** The three figures of one split. */
    record Figures(int answerable, int unanswerable, double answered, double notStated, double precision) {
    }

    private static List<Outcome> outcomes;

    @BeforeAll
    static void askEveryQuestion() throws IOException {
        Map<String, List<Question>> bySource = new LinkedHashMap<>();
        for (Question q : questions()) bySource.computeIfAbsent(q.source(), s -> new ArrayList<>()).add(q);
        BuiltinEngine engine = new BuiltinEngine();
        Grounding grounding = new Grounding();
        outcomes = new ArrayList<>();
        for (Map.Entry<String, List<Question>> e : bySource.entrySet()) {
            Article article = article(e.getKey());
            List<String> asked = e.getValue().stream().map(Question::text).toList();
            Digest digest = grounding.verify(engine.draft(article, asked), article.text(), BuiltinEngine.MAX_KEY_FACTS,
                    asked);
            for (int i = 0; i < asked.size(); i++) outcomes.add(new Outcome(e.getValue().get(i), digest.answers().get(i)));
        }
        report();
    }

    static List<Question> questions() throws IOException {
        List<Question> out = new ArrayList<>();
        for (String line : SummarySets.resourceLines("/summarize/questions.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 4) throw new IllegalStateException("want 4 tab-separated columns: " + line);
            List<String> accepted = c[3].equals("-") ? List.of() : List.of(c[3].split("\\s+\\|\\s+"));
            out.add(new Question(c[0], c[1], c[2], accepted));
        }
        return out;
    }

    /** The article a source names: a fixture page or HTML file through the extractor, or an event's text. */
    static Article article(String source) throws IOException {
        String kind = source.substring(0, source.indexOf(':'));
        String name = source.substring(source.indexOf(':') + 1);
        return switch (kind) {
            case "page" -> new Extractor().extract(Fixtures.resource("/pages/" + name + "/source.html"),
                    "https://fixtures.example/" + name + "/");
            case "html" -> new Extractor().extract(Files.readString(Path.of(name), StandardCharsets.UTF_8),
                    "https://fixtures.example/" + name);
            case "event" -> Article.ofPlainText(new ObjectMapper().readTree(Fixtures.event(name)).get("text").asText());
            default -> throw new IllegalArgumentException("unknown source " + source);
        };
    }

    static Figures figures(String split) {
        List<Outcome> in = outcomes.stream().filter(o -> split.equals("all") || o.question().split().equals(split)).toList();
        long answerable = in.stream().filter(o -> o.question().answerable()).count();
        long acceptable = in.stream().filter(Outcome::acceptable).count();
        long unanswerable = in.size() - answerable;
        long notStated = in.stream().filter(o -> !o.question().answerable() && !o.answered()).count();
        long answered = in.stream().filter(Outcome::answered).count();
        return new Figures((int) answerable, (int) unanswerable, ratio(acceptable, answerable),
                ratio(notStated, unanswerable), ratio(acceptable, answered));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 1 : (double) a / b;
    }

    private static void report() {
        for (Outcome o : outcomes) {
            boolean right = o.question().answerable() ? o.acceptable() : !o.answered();
            if (right) continue;
            String got = o.answered() ? o.answer().quotes().stream().map(Quote::quote).toList().toString() : "not_stated";
            System.out.printf("MISS %-7s %-28s %s%n      want %s%n      got  %s%n", o.question().split(),
                    o.question().source(), o.question().text(),
                    o.question().answerable() ? o.question().accepted() : "not_stated", got);
        }
        for (String split : List.of("tune", "heldout", "all")) {
            Figures f = figures(split);
            System.out.printf(Locale.ROOT, "question set %-7s: answerable %3d answered acceptably %5.1f %% | unanswerable %3d"
                            + " not_stated %5.1f %% | precision of answers %5.1f %%%n", split, f.answerable(), 100 * f.answered(),
                    f.unanswerable(), 100 * f.notStated(), 100 * f.precision());
        }
    }

    @Test
    void theSetIsLargeAndBothSplitsHaveBothKinds() throws IOException {
        List<Question> qs = questions();
        assertTrue(qs.size() >= 60, "questions: " + qs.size());
        for (String split : List.of("tune", "heldout")) {
            assertTrue(qs.stream().anyMatch(q -> q.split().equals(split) && q.answerable()), split);
            assertTrue(qs.stream().anyMatch(q -> q.split().equals(split) && !q.answerable()), split);
        }
        for (String source : qs.stream().map(Question::source).distinct().toList()) {
            assertEquals(1, qs.stream().filter(q -> q.source().equals(source)).map(Question::split).distinct().count(),
                    source + " has questions in both splits");
        }
    }

    @Test
    void theIssuesTargetsHoldOnTheWholeSet() {
        Figures all = figures("all");
        assertTrue(all.notStated() >= TARGET_NOT_STATED, "unanswerable -> not_stated: " + all.notStated());
        assertTrue(all.answered() >= TARGET_ANSWERED, "answerable answered acceptably: " + all.answered());
    }

    @ParameterizedTest(name = "{0} floors")
    @ValueSource(strings = {"tune", "heldout"})
    void figuresStayAboveTheirFloors(String split) throws IOException {
        Properties floors = new Properties();
        floors.load(new StringReader(Files.readString(FLOORS, StandardCharsets.UTF_8)));
        Figures f = figures(split);
        Map<String, Double> measured = Map.of(split + ".answered", f.answered(), split + ".notStated", f.notStated(),
                split + ".precision", f.precision());
        if (Boolean.getBoolean("precis.gate.update")) {
            String text = Files.readString(FLOORS, StandardCharsets.UTF_8);
            for (Map.Entry<String, Double> m : measured.entrySet()) {
                double floor = Double.parseDouble(floors.getProperty(m.getKey(), "0"));
                if (m.getValue() < floor - EPSILON && !Boolean.getBoolean("precis.gate.allowLower")) {
                    fail("refusing to lower " + m.getKey() + " from " + floor + " to " + m.getValue()
                            + "; pass -Dprecis.gate.allowLower=true");
                }
                text = text.replaceAll("(?m)^" + java.util.regex.Pattern.quote(m.getKey()) + "=.*$",
                        m.getKey() + "=" + String.format(Locale.ROOT, "%.3f", Math.floor(m.getValue() * 1000) / 1000));
            }
            Files.writeString(FLOORS, text, StandardCharsets.UTF_8);
            return;
        }
        for (Map.Entry<String, Double> m : measured.entrySet()) {
            String pinned = floors.getProperty(m.getKey());
            assertTrue(pinned != null, "no floor for " + m.getKey() + " in " + FLOORS);
            assertTrue(m.getValue() >= Double.parseDouble(pinned) - EPSILON,
                    m.getKey() + " " + m.getValue() + " fell below its floor " + pinned);
        }
    }
}
