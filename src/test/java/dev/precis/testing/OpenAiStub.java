package dev.precis.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** WireMock on 127.0.0.1 speaking the OpenAI chat-completions API; tests set the stubs. */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return Map.of(
                "precis.llm.provider", "openai",
                "precis.llm.base-url", server.baseUrl() + "/v1",
                "precis.llm.api-key", "sk-test",
                "precis.llm.model", "gpt-4o-mini",
                "precis.llm.max-retries", "0");
    }

    public static WireMockServer server() {
        return server;
    }

    @Override
    public void stop() {
        if (server != null) server.stop();
    }
}
