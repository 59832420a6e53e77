package dev.precis.bench;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The reference Lambdas of {@code bin/bench-coldstart} are separate Maven projects; a ratio to them means
 * something only while they build with the versions Precis builds with.
 */
class ReferenceLambdasTest {

    private static Map<String, String> properties(Path pom) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Map<String, String> props = new HashMap<>();
        NodeList list = doc.getElementsByTagName("properties");
        for (int i = 0; i < list.getLength(); i++) {
            NodeList children = list.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                Node n = children.item(j);
                if (n instanceof Element e) props.put(e.getTagName(), e.getTextContent().strip());
            }
        }
        return props;
    }

    private static void sameVersions(String lambda, String... keys) throws Exception {
        Map<String, String> root = properties(Path.of("pom.xml"));
        Map<String, String> ref = properties(Path.of("src/test", lambda, "pom.xml"));
        for (String key : keys) {
            assertFalse(root.getOrDefault(key, "").isEmpty(), key + " is missing from pom.xml");
            assertEquals(root.get(key), ref.get(key), key + " of src/test/" + lambda + "/pom.xml");
        }
    }

    @Test
    void theMinimalLambdaBuildsWithPrecisQuarkus() throws Exception {
        sameVersions("minimal-lambda", "quarkus.version");
    }

    @Test
    void theFloorLambdaBuildsWithPrecisLibraries() throws Exception {
        sameVersions("floor-lambda", "quarkus.version", "awssdk.version", "quarkus-amazon-services.version",
                "langchain4j.version", "jsoup.version");
    }
}
