package dev.precis.infra;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudFormation/SAM YAML template into the same tree its JSON form would give: the short
 * tags ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub "…"}, …) become one-key maps
 * ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ["A", "B"]}}, {@code {"Fn::Sub": "…"}}). And puts the
 * snippets of {@code AWS::Include} transforms with a local {@code Location} in place, as {@code sam deploy}
 * (which uploads them) and CloudFormation (which inserts them) do together.
 */
public final class CfnYaml {

    /** Short tag (without {@code !}) → the long form's key. */
    static final Map<String, String> INTRINSICS = Map.ofEntries(
            Map.entry("Ref", "Ref"),
            Map.entry("Condition", "Condition"),
            Map.entry("GetAtt", "Fn::GetAtt"),
            Map.entry("Sub", "Fn::Sub"),
            Map.entry("If", "Fn::If"),
            Map.entry("Equals", "Fn::Equals"),
            Map.entry("Not", "Fn::Not"),
            Map.entry("And", "Fn::And"),
            Map.entry("Or", "Fn::Or"),
            Map.entry("Select", "Fn::Select"),
            Map.entry("Join", "Fn::Join"),
            Map.entry("Split", "Fn::Split"),
            Map.entry("FindInMap", "Fn::FindInMap"),
            Map.entry("ImportValue", "Fn::ImportValue"),
            Map.entry("GetAZs", "Fn::GetAZs"),
            Map.entry("Base64", "Fn::Base64"),
            Map.entry("Cidr", "Fn::Cidr"));

    private CfnYaml() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(new CfnConstructor(new LoaderOptions())).load(in);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(String yaml) {
        return (Map<String, Object>) new Yaml(new CfnConstructor(new LoaderOptions())).load(yaml);
    }

    /**
     * A snippet for {@code AWS::Include}: plain YAML. CloudFormation does not take YAML short tags in
     * included snippets, so a {@code !Ref} here is an error (SnakeYAML's safe constructor refuses unknown tags).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> loadSnippet(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    /**
     * {@code node} with every {@code {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": path}}}}
     * replaced by the snippet at {@code path} (relative to {@code base}, the template's folder, as sam deploy
     * resolves it). An S3 location or a missing file is an error: the tests must see what is deployed.
     */
    public static Object inlineIncludes(Object node, Path base) throws IOException {
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) out.add(inlineIncludes(item, base));
            return out;
        }
        if (!(node instanceof Map<?, ?> m)) return node;
        if (m.size() == 1 && m.get("Fn::Transform") instanceof Map<?, ?> transform
                && "AWS::Include".equals(transform.get("Name"))) {
            Object location = transform.get("Parameters") instanceof Map<?, ?> p ? p.get("Location") : null;
            if (!(location instanceof String path) || path.startsWith("s3://")) {
                throw new IllegalStateException("AWS::Include of something other than a local file: " + location);
            }
            Path file = base.resolve(path);
            if (!Files.isRegularFile(file)) throw new IllegalStateException("AWS::Include of a missing file: " + file);
            return inlineIncludes(loadSnippet(file), base);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), inlineIncludes(e.getValue(), base));
        return out;
    }

    private static final class CfnConstructor extends SafeConstructor {

        CfnConstructor(LoaderOptions options) {
            super(options);
            INTRINSICS.forEach((tag, fn) -> yamlConstructors.put(new Tag("!" + tag), new Intrinsic(fn)));
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String fn;

            Intrinsic(String fn) {
                this.fn = fn;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    String s = constructScalar(scalar);
                    if (fn.equals("Fn::GetAtt")) {
                        // !GetAtt Resource.Attribute.Maybe.Dotted → [Resource, Attribute.Maybe.Dotted]
                        int dot = s.indexOf('.');
                        value = dot < 0 ? s : List.of(s.substring(0, dot), s.substring(dot + 1));
                    } else {
                        value = s;
                    }
                } else if (node instanceof SequenceNode seq) {
                    value = constructSequence(seq);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(fn, value);
                return m;
            }
        }
    }
}
