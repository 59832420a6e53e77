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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudFormation/SAM YAML template into the same tree its JSON form would give: the short
 * tags ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub "…"}, …) become one-key maps
 * ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ["A", "B"]}}, {@code {"Fn::Sub": "…"}}).
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
