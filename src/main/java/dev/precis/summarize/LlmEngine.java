package dev.precis.summarize;

import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.precis.model.Article;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.Usage;

import java.util.ArrayList;
import java.util.List;

/** An engine backed by a chat model (any LangChain4j {@link ChatModel}) with structured output. */
public final class LlmEngine implements Engine {

    private final String provider;
    private final String model;
    private final int maxKeyFacts;
    private final DigestAssistant assistant;

    /**
     * @param provider    provider id for provenance ({@code openai})
     * @param model       model name
     * @param chatModel   the configured model client, built once
     * @param maxKeyFacts most key facts asked for
     */
    public LlmEngine(String provider, String model, ChatModel chatModel, int maxKeyFacts) {
        this.provider = provider;
        this.model = model;
        this.maxKeyFacts = maxKeyFacts;
        this.assistant = AiServices.builder(DigestAssistant.class).chatModel(chatModel).build();
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
        Result<LlmDigest> result;
        try {
            result = assistant.digest(Prompts.articleBlock(article.text()), Prompts.questionBlock(questions), maxKeyFacts);
        } catch (NonRetriableException e) {
            // authentication, invalid request, unknown model, content filter: retrying cannot help
            throw new PrecisException(ErrorCode.LLM_REJECTED, "the model refused the request: " + e.getMessage(), null, e);
        } catch (RuntimeException e) {
            if (isParseFailure(e)) {
                throw new PrecisException(ErrorCode.LLM_INVALID_OUTPUT, "the model's answer is not the expected JSON: " + e.getMessage(), null, e);
            }
            throw new PrecisException(ErrorCode.LLM_UNAVAILABLE, "the model could not be reached: " + e.getMessage(), null, e);
        }
        LlmDigest out = result.content();
        if (out == null || out.summary() == null) {
            throw new PrecisException(ErrorCode.LLM_INVALID_OUTPUT, "the model returned no summary");
        }
        TokenUsage tokens = result.tokenUsage();
        Usage usage = new Usage(id(), model, Prompts.VERSION,
                tokens == null || tokens.inputTokenCount() == null ? 0 : tokens.inputTokenCount(),
                tokens == null || tokens.outputTokenCount() == null ? 0 : tokens.outputTokenCount(), 1);
        return new Draft(out.summary(), facts(out), answers(out, questions), usage);
    }

    private static boolean isParseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.contains("OutputParsing") || name.contains("JsonProcessing") || name.contains("JsonParse")
                    || name.contains("MismatchedInput")) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static List<Draft.Fact> facts(LlmDigest out) {
        List<Draft.Fact> facts = new ArrayList<>();
        if (out.keyFacts() != null) {
            for (LlmDigest.Fact f : out.keyFacts()) {
                if (f != null && f.quote() != null) facts.add(new Draft.Fact(f.fact(), f.quote()));
            }
        }
        return facts;
    }

    /** One proposed answer per question asked, matched by position; a missing one is "not stated". */
    private static List<Draft.ProposedAnswer> answers(LlmDigest out, List<String> questions) {
        List<LlmDigest.QuestionAnswer> given = out.answers() == null ? List.of() : out.answers();
        List<Draft.ProposedAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            LlmDigest.QuestionAnswer a = i < given.size() ? given.get(i) : null;
            if (a == null || a.status() != LlmDigest.Status.answered || a.answer() == null) {
                answers.add(new Draft.ProposedAnswer(questions.get(i), dev.precis.model.Answer.NOT_STATED, null, List.of()));
            } else {
                answers.add(new Draft.ProposedAnswer(questions.get(i), dev.precis.model.Answer.ANSWERED, a.answer(),
                        a.quotes() == null ? List.of() : a.quotes()));
            }
        }
        return answers;
    }
}
