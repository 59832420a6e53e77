package dev.precis.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.precis.model.HtmlSource;
import dev.precis.pipeline.Outcome;
import dev.precis.pipeline.Pipeline;
import dev.precis.pipeline.PipelineFactory;
import dev.precis.testing.Fixtures;
import dev.precis.testing.ModelReplies;
import dev.precis.testing.SummarySchema;
import dev.precis.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replay set ({@code src/test/resources/replay/catalogue.json}): model replies for four fixture
 * articles, each quote labelled legitimate, near-miss or fabricated, sent through the real pipeline
 * (extraction, the openai engine over HTTP to a stub chat-completions server, grounding, the file
 * store). Pins what the stored results must show: legitimate near-verbatim quotes kept with the
 * article's exact words, no near-miss and no fabrication ever stored, and a single model call for a
 * reply whose quotes all place.
 */
class ReplaySetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Share of legitimate quotes that must be stored with the article's exact words. */
    private static final double MIN_LEGITIMATE_KEPT = 0.90;

    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort()).build();

    @TempDir
    Path store;

    /** One labelled quote and what became of it. */
    private record Verdict(String reply, String split, String label, String deviation, boolean kept, boolean stored,
                           String detail) {
    }

    @Test
    void legitimateQuotesAreKeptWithTheArticlesWordsAndNoNearMissOrFabricationIsStored() throws Exception {
        JsonNode catalogue = JSON.readTree(Fixtures.resource("/replay/catalogue.json"));
        Pipeline pipeline = PipelineFactory.create(TestConfig.of(Map.of(
                "precis.llm.provider", "openai",
                "precis.llm.base-url", wm.baseUrl() + "/v1",
                "precis.llm.api-key", "sk-test",
                "precis.llm.model", "gpt-4o-mini",
                "precis.llm.max-retries", "0",
                "precis.store.uri", store.toString())), () -> {
                    throw new AssertionError("no S3 here");
                });
        List<Verdict> verdicts = new ArrayList<>();
        List<String> extraCalls = new ArrayList<>();
        int replies = 0;
        int totalCalls = 0;
        for (JsonNode reply : catalogue.get("replies")) {
            replies++;
            JsonNode article = catalogue.get("articles").get(reply.get("article").asText());
            String html = Fixtures.resource(article.get("page").asText());
            List<String> questions = new ArrayList<>();
            reply.path("questions").forEach(q -> questions.add(q.asText()));
            wm.resetAll();
            wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(ModelReplies.openAi(modelReply(reply, article), 1500, 300))));
            String id = reply.get("id").asText();
            String url = article.get("url").asText().replace(".html", "-" + id + ".html");
            Outcome outcome = pipeline.process(new HtmlSource(html, url, questions));
            JsonNode result = JSON.readTree(Files.readString(Path.of(java.net.URI.create(outcome.location()))));
            SummarySchema.assertValid(result);
            String text = result.at("/article/text").asText();
            List<String> placed = new ArrayList<>();
            List<String> unplaced = new ArrayList<>();
            for (JsonNode item : items(reply)) {
                if (item.has("expect")) {
                    assertTrue(text.contains(item.get("expect").asText()),
                            id + ": the catalogue's expected passage is in the article: " + item.get("expect"));
                }
                Verdict v = judge(id, article.get("split").asText(), item, result, text);
                verdicts.add(v);
                (v.stored() ? placed : unplaced).add(item.get("quote").asText());
            }
            int calls = result.at("/provenance/llmCalls").asInt();
            totalCalls += calls;
            if (unplaced.isEmpty() && calls != 1) extraCalls.add(id + " (" + calls + " calls)");
            if (!unplaced.isEmpty()) {
                assertEquals(2, calls, id + ": one re-ask for the quotes that could not be placed");
                List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
                String reask = lastUserMessage(requests.get(1).getBodyAsString());
                for (String q : unplaced) assertTrue(reask.contains(q), id + ": the re-ask lists " + q + "\n" + reask);
                for (String q : placed) assertFalse(reask.contains(q), id + ": the re-ask leaves out " + q + "\n" + reask);
            }
        }

        Map<String, int[]> byLabel = new TreeMap<>();
        for (Verdict v : verdicts) {
            for (String key : List.of(v.label(), v.split() + " " + v.label())) {
                int[] c = byLabel.computeIfAbsent(key, k -> new int[3]);
                c[0]++;
                if (v.kept()) c[1]++;
                if (v.stored()) c[2]++;
            }
        }
        System.out.printf("replay set: %d replies, %d labelled quotes%n", replies, verdicts.size());
        byLabel.forEach((label, c) -> System.out.printf("  %-24s %3d quotes: %3d kept with the article's words, %3d stored%n",
                label, c[0], c[1], c[2]));
        for (Verdict v : verdicts) {
            boolean wrong = "legitimate".equals(v.label()) ? !v.kept() : v.stored();
            if (wrong) {
                System.out.printf("  %-5s %-9s %-12s %-12s %-45s %s%n", "content-swap".equals(v.label()) ? "NOTE" : "MISS",
                        v.split(), v.reply(), v.label(), v.deviation(), v.detail());
            }
        }
        System.out.printf("  model calls: %d for %d replies; replies whose quotes all placed but took more than one call: %s%n",
                totalCalls, replies, extraCalls);

        int[] legit = byLabel.get("legitimate");
        double keptShare = legit[1] / (double) legit[0];
        assertTrue(keptShare >= MIN_LEGITIMATE_KEPT, "legitimate quotes kept with the article's exact words: "
                + legit[1] + "/" + legit[0]);
        assertEquals(0, byLabel.get("near-miss")[2], "near-misses stored");
        assertEquals(0, byLabel.get("fabricated")[2], "fabricated quotes stored");
        assertEquals(List.of(), extraCalls, "a reply whose quotes all place takes one model call");
    }

    /** The text of the last user message of a chat-completions request body. */
    private static String lastUserMessage(String requestBody) throws Exception {
        String last = "";
        for (JsonNode m : JSON.readTree(requestBody).get("messages")) {
            if ("user".equals(m.get("role").asText())) last = m.get("content").asText();
        }
        return last;
    }

    /** The labelled quotes of a reply: its facts, then its answers. */
    private static List<JsonNode> items(JsonNode reply) {
        List<JsonNode> items = new ArrayList<>();
        reply.path("facts").forEach(items::add);
        reply.path("answers").forEach(items::add);
        return items;
    }

    /** The reply as the model sends it: the digest JSON, every fact and answer the catalogue lists. */
    private static String modelReply(JsonNode reply, JsonNode article) {
        ObjectNode d = JSON.createObjectNode();
        d.put("summary", article.get("summary").asText());
        ArrayNode facts = d.putArray("keyFacts");
        reply.path("facts").forEach(f -> facts.addObject().put("fact", f.get("fact").asText()).put("quote", f.get("quote").asText()));
        ArrayNode answers = d.putArray("answers");
        reply.path("answers").forEach(a -> {
            ObjectNode o = answers.addObject();
            o.put("question", a.get("question").asText());
            o.put("status", "answered");
            o.put("answer", a.get("answer").asText());
            o.putArray("quotes").add(a.get("quote").asText());
        });
        return d.toString();
    }

    /**
     * What the stored result made of one labelled quote. A fact is found by its fact text, an answer by
     * its question. Kept: stored with exactly the expected article passage, at offsets that hold it (and,
     * where the catalogue says, found the expected way).
     */
    private static Verdict judge(String id, String split, JsonNode item, JsonNode result, String text) {
        String label = item.get("label").asText();
        String deviation = item.get("deviation").asText();
        JsonNode quote = null;
        if (item.has("fact")) {
            for (JsonNode f : result.get("keyFacts")) {
                if (f.get("fact").asText().equals(item.get("fact").asText())) quote = f;
            }
        } else {
            for (JsonNode a : result.get("answers")) {
                if (a.get("question").asText().equals(item.get("question").asText()) && "answered".equals(a.get("status").asText())) {
                    quote = a.get("quotes").get(0);
                }
            }
        }
        if (quote == null) return new Verdict(id, split, label, deviation, false, false, "dropped");
        String stored = quote.get("quote").asText();
        int start = quote.get("start").asInt();
        int end = quote.get("end").asInt();
        boolean atOffsets = text.substring(start, end).equals(stored);
        boolean expected = item.has("expect") && stored.equals(item.get("expect").asText());
        boolean how = quote.has("match") && (!item.has("match") || item.get("match").asText().equals(quote.get("match").asText()));
        String detail = "stored \"" + stored + "\"" + (quote.has("match") ? " (" + quote.get("match").asText() + ")" : "");
        return new Verdict(id, split, label, deviation, atOffsets && expected && how, true, detail);
    }
}
