package dev.precis.pipeline;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.precis.config.StandaloneConfig;
import dev.precis.model.ErrorCode;
import dev.precis.model.PrecisException;
import dev.precis.model.S3Location;
import dev.precis.model.SummarizeRequest;
import dev.precis.model.S3Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * S3 failing under the pipeline (WireMock speaking S3's REST API on 127.0.0.1): every transient S3
 * fault surfaces as a retryable error and nothing is stored — the message is retried, never lost.
 */
class StoreFaultTest {

    private static final String PAGE = "<html><head><title>T</title></head><body><article>"
            + "<p>The council voted on Tuesday to close Harbor Street to cars on weekends from June through September.</p>"
            + "<p>Supporters said the change would help the shops on the street, while opponents worried about parking.</p>"
            + "</article></body></html>";
    private static final String SLOW_DOWN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
            + "<Message>Please reduce your request rate.</Message><RequestId>R1</RequestId></Error>";

    private WireMockServer s3;
    private Pipeline pipeline;

    @BeforeEach
    void start() {
        s3 = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        s3.start();
        S3Client client = dev.precis.testing.TestS3.client(s3.baseUrl(), "a", "b", 2);
        pipeline = PipelineFactory.create(StandaloneConfig.load(Map.of("precis.store.uri", "s3://news/results")), () -> client);
        s3.stubFor(get(urlPathEqualTo("/news/a/page.html")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody(PAGE)));
        s3.stubFor(get(urlPathEqualTo("/news/a/page.summary.json")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>")));
    }

    @AfterEach
    void stop() {
        s3.stop();
    }

    private PrecisException failure() {
        return assertThrows(PrecisException.class,
                () -> pipeline.process(new S3Source(new S3Location("news", "a/page.html"), List.of())));
    }

    @Test
    void slowDownOnTheResultWriteIsRetryable() {
        s3.stubFor(put(urlPathEqualTo("/news/a/page.summary.json")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/xml").withBody(SLOW_DOWN)));
        PrecisException e = failure();
        assertEquals(ErrorCode.STORE_FAILED, e.code());
        assertTrue(e.code().retryable());
    }

    @Test
    void aConnectionResetOnTheWriteIsRetryable() {
        s3.stubFor(put(urlPathEqualTo("/news/a/page.summary.json"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertTrue(failure().code().retryable());
    }

    @Test
    void slowDownOnTheSourceReadIsRetryableAndNothingIsWritten() {
        s3.stubFor(get(urlPathEqualTo("/news/a/page.html")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/xml").withBody(SLOW_DOWN)));
        PrecisException e = failure();
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
        s3.verify(0, putRequestedFor(urlPathEqualTo("/news/a/page.summary.json")));
    }

    @Test
    void aStoppedStoreIsRetryable() {
        s3.stop();
        assertTrue(failure().code().retryable());
    }

    @Test
    void whenTheStoreWorksTheResultIsWrittenOnce() {
        s3.stubFor(put(urlPathEqualTo("/news/a/page.summary.json")).willReturn(aResponse().withStatus(200)));
        Outcome o = pipeline.process(new S3Source(new S3Location("news", "a/page.html"), List.of()));
        assertEquals("s3://news/a/page.summary.json", o.location());
        s3.verify(1, putRequestedFor(urlPathEqualTo("/news/a/page.summary.json")));
    }
}
