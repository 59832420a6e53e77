package dev.precis.summarize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.output.JsonSchemas;
import dev.precis.model.Answer;
import dev.precis.model.Article;
import dev.precis.model.Deadline;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.Usage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An engine backed by any LangChain4j {@link ChatModel} (OpenAI-compatible, Anthropic, Ollama, Bedrock).
 *
 * <p>Steps, each bounded:
 * <ol>
 *   <li>An article within {@code max-input-tokens} is read in one call; a longer one in parts
 *       (map: quoted facts per part, then reduce: one call over the code-verified notes), at most
 *       parts + 1 calls.</li>
 *   <li>The reply must parse as the {@link ModelDraft} JSON (sent as the JSON schema where the model
 *       supports it, else described in the system prompt). Invalid JSON gets one repair request,
 *       then fails as {@code llm_invalid_output}.</li>
 *   <li>Quotes are placed in the body by code ({@link Grounding}: as given, normalized, or aligned word
 *       by word); only the quotes it cannot place are listed in one re-ask, so a reply whose quotes all
 *       place costs no second call. Whatever still cannot be placed is dropped later by
 *       {@link Grounding}, never stored as verified.</li>
 * </ol>
 * So an article costs 1 to 3 calls (the re-ask gets no JSON repair: an unreadable re-ask keeps the
 * first answer), or at most parts + 1 when long (no repair or re-ask there). Each call's retries,
 * deadline and concurrency limit are {@link LlmCaller}'s.
 */
public final class LlmEngine implements Engine {

    private final String provider;
    private final String model;
    private final LlmOptions options;
    private final LlmCaller caller;
    /** The schema sent as the response format, or null when the model does not take one. */
    private final JsonSchema schema;

    /**
     * @param provider  provider id for provenance ({@code openai}, {@code anthropic}, {@code ollama}, {@code bedrock})
     * @param model     model name
     * @param chatModel the configured model client, built once, with its own retries off
     * @param options   limits and budgets
     */
    public LlmEngine(String provider, String model, ChatModel chatModel, LlmOptions options) {
        this(provider, model, chatModel, options, d -> Thread.sleep(d.toMillis()));
    }

    LlmEngine(String provider, String model, ChatModel chatModel, LlmOptions options, LlmCaller.Sleeper sleeper) {
        this.provider = provider;
        this.model = model;
        this.options = options;
        this.caller = new LlmCaller(chatModel, options, sleeper);
        this.schema = chatModel.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                ? JsonSchemas.jsonSchemaFrom(ModelDraft.class).orElseThrow() : null;
    }

    @Override
    public String id() {
        return provider + ":" + model;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public String promptVersion() {
        return Prompts.VERSION;
    }

    @Override
    public Draft draft(Article article, List<String> questions) {
        return draft(article, questions, Deadline.NONE);
    }

    @Override
    public Draft draft(Article article, List<String> questions, Deadline deadline) {
        Run run = new Run(deadline);
        BodyIndex body = BodyIndex.of(article.text());
        ModelDraft out = Chunker.tokens(article.text()) <= options.maxInputTokens()
                ? whole(run, article, questions, body)
                : inParts(run, article, questions, body);
        Usage usage = new Usage(id(), model, Prompts.VERSION, run.inputTokens, run.outputTokens, run.calls);
        return new Draft(out.summary(), facts(out), answers(out, questions), usage, run.warnings);
    }

    /** What one draft spent and noticed. */
    private final class Run {
        final Deadline deadline;
        long inputTokens;
        long outputTokens;
        int calls;
        final List<String> warnings = new ArrayList<>();

        Run(Deadline deadline) {
            this.deadline = deadline;
        }

        /** One model call (with its retries); the reply's text. */
        String ask(List<ChatMessage> messages) {
            ChatRequest.Builder request = ChatRequest.builder().messages(messages);
            if (schema != null) {
                request.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
            }
            ChatResponse response = caller.call(request.build(), deadline);
            calls++;
            TokenUsage t = response.metadata() == null ? null : response.metadata().tokenUsage();
            if (t != null) {
                inputTokens += t.inputTokenCount() == null ? 0 : t.inputTokenCount();
                outputTokens += t.outputTokenCount() == null ? 0 : t.outputTokenCount();
            }
            AiMessage ai = response.aiMessage();
            return ai == null || ai.text() == null ? "" : ai.text();
        }

        /** Asks, and asks once more with the parse error when the reply is not the JSON. */
        Reply askRepairingJson(List<ChatMessage> messages) {
            String text = ask(messages);
            try {
                return new Reply(text, parse(text));
            } catch (InvalidOutput first) {
                List<ChatMessage> retry = new ArrayList<>(messages);
                retry.add(AiMessage.from(text.isBlank() ? "(empty)" : text));
                retry.add(UserMessage.from(Prompts.render(Prompts.REPAIR_JSON, Map.of("error", first.getMessage()))));
                String again = ask(retry);
                try {
                    return new Reply(again, parse(again));
                } catch (InvalidOutput second) {
                    throw new PrecisException(ErrorCode.LLM_INVALID_OUTPUT, "the model's answer is not the expected JSON"
                            + " after one repair attempt: " + second.getMessage(), null, second);
                }
            }
        }
    }

    private record Reply(String text, ModelDraft digest) {
    }

    /** The article in one call, re-asked once for quotes not found. */
    private ModelDraft whole(Run run, Article article, List<String> questions, BodyIndex body) {
        List<ChatMessage> messages = new ArrayList<>(List.of(system(), UserMessage.from(Prompts.render(Prompts.USER,
                Map.of("metadata", Prompts.metadataBlock(article), "article", Prompts.articleBlock(article.text()),
                        "questions", Prompts.questionBlock(questions))))));
        Reply first = run.askRepairingJson(messages);
        List<String> failures = failures(first.digest(), questions, body);
        if (failures.isEmpty()) return first.digest();
        messages.add(AiMessage.from(first.text()));
        messages.add(UserMessage.from(Prompts.render(Prompts.REPAIR_QUOTES,
                Map.of("failures", Prompts.dataBlock(String.join("\n", failures))))));
        try {
            ModelDraft second = parse(run.ask(messages));
            run.warnings.add("re-asked the model once: " + failures.size() + " quote" + (failures.size() == 1 ? "" : "s")
                    + " not found in the article");
            return merge(first.digest(), second, questions, body);
        } catch (InvalidOutput | PrecisException e) {
            run.warnings.add("the re-ask for " + failures.size() + " unverified quote" + (failures.size() == 1 ? "" : "s")
                    + " failed (" + e.getMessage() + "): kept the first answer");
            return first.digest();
        }
    }

    /** Map over parts (verified quotes only into the notes), then one reduce call. */
    private ModelDraft inParts(Run run, Article article, List<String> questions, BodyIndex body) {
        int maxChars = options.maxInputTokens() * Chunker.CHARS_PER_TOKEN;
        List<String> parts = Chunker.split(article.paragraphs(), maxChars);
        List<PartNotes> notes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String user = Prompts.render(Prompts.PART, Map.of("metadata", Prompts.metadataBlock(article),
                    "part", String.valueOf(i + 1), "parts", String.valueOf(parts.size()),
                    "article", Prompts.articleBlock(parts.get(i)), "questions", Prompts.questionBlock(questions)));
            try {
                notes.add(PartNotes.of(i + 1, parse(run.ask(List.of(system(), UserMessage.from(user)))), questions, body));
            } catch (InvalidOutput e) {
                run.warnings.add("part " + (i + 1) + " of " + parts.size() + " skipped: " + e.getMessage());
            }
        }
        if (notes.isEmpty()) {
            throw new PrecisException(ErrorCode.LLM_INVALID_OUTPUT, "no part of the long article got a usable answer");
        }
        run.warnings.add("long article (~" + Chunker.tokens(article.text()) + " tokens, precis.llm.max-input-tokens "
                + options.maxInputTokens() + "): read in " + parts.size() + " parts");
        String user = Prompts.render(Prompts.REDUCE, Map.of("metadata", Prompts.metadataBlock(article),
                "notes", Prompts.dataBlock(PartNotes.render(notes, maxChars)), "questions", Prompts.questionBlock(questions)));
        String text = run.ask(List.of(system(), UserMessage.from(user)));
        try {
            return parse(text);
        } catch (InvalidOutput e) {
            throw new PrecisException(ErrorCode.LLM_INVALID_OUTPUT, "the model's merged answer is not the expected JSON: "
                    + e.getMessage(), null, e);
        }
    }

    private SystemMessage system() {
        String s = Prompts.render(Prompts.SYSTEM, Map.of("maxFacts", String.valueOf(options.maxKeyFacts())));
        return SystemMessage.from(schema == null ? s + Prompts.FORMAT : s);
    }

    /**
     * Reads a model's reply: fields it adds are ignored (models add some), and the parser's limits bound
     * what a reply can cost (nesting depth, sizes) — a reply is untrusted input too.
     */
    private static final ObjectMapper REPLY_JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The reply that could not be read as {@link ModelDraft}. */
    static final class InvalidOutput extends Exception {
        InvalidOutput(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Strict: one JSON object of the digest's shape (a surrounding code fence is tolerated), with a summary. */
    static ModelDraft parse(String text) throws InvalidOutput {
        String json = text.strip();
        if (json.startsWith("```")) {
            int firstLine = json.indexOf('\n');
            int fence = json.lastIndexOf("```");
            if (firstLine > 0 && fence > firstLine) json = json.substring(firstLine + 1, fence).strip();
        }
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new InvalidOutput("expected one JSON object, got " + preview(json), null);
        }
        ModelDraft d;
        try {
            d = REPLY_JSON.readValue(json, ModelDraft.class);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidOutput("not the expected JSON: " + why, e);
        }
        if (d == null || d.summary() == null || d.summary().isBlank()) throw new InvalidOutput("no \"summary\" in the JSON", null);
        return d;
    }

    private static String preview(String s) {
        return s.isEmpty() ? "an empty reply" : "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    }

    /** One line per quote that code cannot place, with why, for the re-ask; empty when every quote places. */
    static List<String> failures(ModelDraft d, List<String> questions, BodyIndex body) {
        List<String> out = new ArrayList<>();
        if (d.keyFacts() != null) {
            for (ModelDraft.Fact f : d.keyFacts()) {
                if (f == null) continue;
                String why = Grounding.problem(f.quote(), body);
                if (why != null) out.add("- key fact \"" + f.fact() + "\": quote \"" + f.quote() + "\" (" + why + ")");
            }
        }
        List<ModelDraft.QuestionAnswer> answers = d.answers() == null ? List.of() : d.answers();
        for (int i = 0; i < Math.min(answers.size(), questions.size()); i++) {
            ModelDraft.QuestionAnswer a = answers.get(i);
            if (a != null && a.status() == ModelDraft.Status.answered && !anyVerifies(a.quotes(), body)) {
                out.add("- answer to question " + (i + 1) + ": no quote found in the article (" + a.quotes() + ")");
            }
        }
        return out;
    }

    private static boolean anyVerifies(List<String> quotes, BodyIndex body) {
        if (quotes == null) return false;
        for (String q : quotes) if (Grounding.problem(q, body) == null) return true;
        return false;
    }

    /** First draft's verified facts and answers, the re-ask's for the rest. */
    static ModelDraft merge(ModelDraft first, ModelDraft second, List<String> questions, BodyIndex body) {
        List<ModelDraft.Fact> facts = new ArrayList<>();
        if (first.keyFacts() != null) {
            for (ModelDraft.Fact f : first.keyFacts()) if (f != null && Grounding.problem(f.quote(), body) == null) facts.add(f);
        }
        if (second.keyFacts() != null) facts.addAll(second.keyFacts());
        List<ModelDraft.QuestionAnswer> a1 = first.answers() == null ? List.of() : first.answers();
        List<ModelDraft.QuestionAnswer> a2 = second.answers() == null ? List.of() : second.answers();
        List<ModelDraft.QuestionAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ModelDraft.QuestionAnswer a = i < a1.size() ? a1.get(i) : null;
            boolean keep = a != null && (a.status() != ModelDraft.Status.answered || anyVerifies(a.quotes(), body));
            answers.add(keep ? a : i < a2.size() ? a2.get(i) : a);
        }
        return new ModelDraft(first.summary(), facts, answers);
    }

    private static List<Draft.Fact> facts(ModelDraft out) {
        List<Draft.Fact> facts = new ArrayList<>();
        if (out.keyFacts() != null) {
            for (ModelDraft.Fact f : out.keyFacts()) {
                if (f != null && f.quote() != null) facts.add(new Draft.Fact(f.fact(), f.quote()));
            }
        }
        return facts;
    }

    /** One proposed answer per question asked, matched by position; a missing one is "not stated". */
    private static List<Draft.ProposedAnswer> answers(ModelDraft out, List<String> questions) {
        List<ModelDraft.QuestionAnswer> given = out.answers() == null ? List.of() : out.answers();
        List<Draft.ProposedAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ModelDraft.QuestionAnswer a = i < given.size() ? given.get(i) : null;
            if (a == null || a.status() != ModelDraft.Status.answered || a.answer() == null) {
                answers.add(new Draft.ProposedAnswer(questions.get(i), Answer.NOT_STATED, null, List.of()));
            } else {
                answers.add(new Draft.ProposedAnswer(questions.get(i), Answer.ANSWERED, a.answer(),
                        a.quotes() == null ? List.of() : a.quotes()));
            }
        }
        return answers;
    }
}
