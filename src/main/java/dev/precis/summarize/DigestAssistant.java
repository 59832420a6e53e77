package dev.precis.summarize;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** The LangChain4j AI service: the return type is the contract, the prompts are resource files. */
interface DigestAssistant {

    @SystemMessage(fromResource = "/prompts/digest-system.txt")
    @UserMessage(fromResource = "/prompts/digest-user.txt")
    Result<LlmDigest> digest(@V("article") String article, @V("questions") String questions,
                             @V("maxFacts") int maxFacts);
}
