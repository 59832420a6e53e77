package dev.precis.infra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a template (as {@link CfnYaml} reads it) for one set of parameter values, as
 * CloudFormation would before creating anything: parameter checks ({@code AllowedValues},
 * {@code AllowedPattern}, {@code MinValue}/{@code MaxValue}), {@code Rules}, {@code Conditions}, and the
 * intrinsic functions in resource properties and outputs. What only exists once deployed stays a
 * placeholder: {@code !Ref Res} is {@code <Res>}, {@code !GetAtt Res.Attr} is {@code <Res.Attr>}.
 * Pseudo parameters are those of account 123456789012 in us-east-1. Enough of CloudFormation for
 * TemplateTest to prove what the template grants and wires for given parameters, not all of it.
 */
final class CfnEval {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";
    /** What {@code !Ref AWS::NoValue} leaves: the property or list item is dropped. */
    private static final Object NO_VALUE = new Object();
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, Object> template;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, Boolean> conditions = new HashMap<>();

    /**
     * @param overrides parameter values; the others take their defaults (a parameter without a default
     *                  must be given)
     */
    CfnEval(Map<String, Object> template, Map<String, String> overrides) {
        this.template = template;
        map(template.get("Parameters")).forEach((name, p) -> {
            Object value = overrides.containsKey(name) ? overrides.get(name) : map(p).get("Default");
            if (value == null) throw new IllegalArgumentException("parameter " + name + " has no default: give it");
            parameters.put(name, String.valueOf(value));
        });
        for (String name : overrides.keySet()) {
            if (!parameters.containsKey(name)) throw new IllegalArgumentException("no parameter " + name);
        }
        parameters.put("AWS::Region", REGION);
        parameters.put("AWS::AccountId", ACCOUNT);
        parameters.put("AWS::Partition", "aws");
        parameters.put("AWS::StackName", "precis");
        parameters.put("AWS::URLSuffix", "amazonaws.com");
    }

    String parameter(String name) {
        return parameters.get(name);
    }

    /** Why CloudFormation would refuse the parameter values before evaluating anything (empty: it would not). */
    List<String> invalidParameters() {
        List<String> problems = new ArrayList<>();
        map(template.get("Parameters")).forEach((name, p) -> {
            Map<String, Object> def = map(p);
            String v = parameters.get(name);
            if (def.get("AllowedValues") instanceof List<?> allowed
                    && allowed.stream().map(String::valueOf).noneMatch(v::equals)) {
                problems.add(name + "=" + v + " is not one of " + allowed);
            }
            if (def.get("AllowedPattern") instanceof String pattern && !Pattern.compile(pattern).matcher(v).matches()) {
                problems.add(name + "=" + v + " does not match " + pattern);
            }
            if ("Number".equals(def.get("Type"))) {
                double n = Double.parseDouble(v);
                if (def.get("MinValue") instanceof Number min && n < min.doubleValue()) problems.add(name + " < " + min);
                if (def.get("MaxValue") instanceof Number max && n > max.doubleValue()) problems.add(name + " > " + max);
            }
        });
        return problems;
    }

    /** The AssertDescription of every rule assertion that fails (empty: the parameters pass the rules). */
    List<String> failedRules() {
        List<String> failed = new ArrayList<>();
        Object rules = template.get("Rules");
        if (rules == null) return failed;
        map(rules).forEach((name, r) -> {
            Map<String, Object> rule = map(r);
            if (rule.containsKey("RuleCondition") && !truth(rule.get("RuleCondition"))) return;
            for (Object a : (List<?>) rule.get("Assertions")) {
                Map<String, Object> assertion = map(a);
                if (!truth(assertion.get("Assert"))) failed.add(name + ": " + assertion.get("AssertDescription"));
            }
        });
        return failed;
    }

    boolean condition(String name) {
        Boolean known = conditions.get(name);
        if (known != null) return known;
        Object def = map(template.get("Conditions")).get(name);
        if (def == null) throw new IllegalArgumentException("no condition " + name);
        boolean value = truth(def);
        conditions.put(name, value);
        return value;
    }

    /** Whether a resource is created: it has no Condition, or its Condition is true. */
    boolean exists(String logicalId) {
        Map<String, Object> r = map(map(template.get("Resources")).get(logicalId));
        return !(r.get("Condition") instanceof String c) || condition(c);
    }

    /** A resource's properties, evaluated; null when the resource is not created. */
    Map<String, Object> properties(String logicalId) {
        if (!exists(logicalId)) return null;
        Object props = map(map(template.get("Resources")).get(logicalId)).get("Properties");
        return props == null ? Map.of() : map(eval(props));
    }

    /** An output's value, evaluated. */
    Object output(String name) {
        return eval(map(map(template.get("Outputs")).get(name)).get("Value"));
    }

    /** {@code node} with every intrinsic function evaluated and {@code AWS::NoValue} dropped. */
    Object eval(Object node) {
        Object v = evalOrNoValue(node);
        return v == NO_VALUE ? null : v;
    }

    private Object evalOrNoValue(Object node) {
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                Object v = evalOrNoValue(item);
                if (v != NO_VALUE) out.add(v);
            }
            return out;
        }
        if (!(node instanceof Map<?, ?> m)) {
            return node;
        }
        Map<String, Object> map = map(m);
        if (map.size() == 1) {
            Map.Entry<String, Object> fn = map.entrySet().iterator().next();
            Object arg = fn.getValue();
            switch (fn.getKey()) {
                case "Ref":
                    return ref((String) arg);
                case "Fn::GetAtt": {
                    List<?> l = (List<?>) arg;
                    return "<" + l.get(0) + "." + l.get(1) + ">";
                }
                case "Fn::Sub":
                    return sub(arg);
                case "Fn::If": {
                    List<?> l = (List<?>) arg;
                    return evalOrNoValue(condition((String) l.get(0)) ? l.get(1) : l.get(2));
                }
                case "Fn::Select": {
                    List<?> l = (List<?>) arg;
                    int index = Integer.parseInt(String.valueOf(eval(l.get(0))));
                    List<?> from = (List<?>) eval(l.get(1));
                    if (index >= from.size()) throw new IllegalStateException("Fn::Select " + index + " of " + from);
                    return from.get(index);
                }
                case "Fn::Split": {
                    List<?> l = (List<?>) arg;
                    return List.of(string(eval(l.get(1))).split(Pattern.quote((String) l.get(0)), -1));
                }
                case "Fn::Join": {
                    List<?> l = (List<?>) arg;
                    List<String> parts = new ArrayList<>();
                    for (Object p : (List<?>) eval(l.get(1))) parts.add(string(p));
                    return String.join((String) l.get(0), parts);
                }
                case "Fn::FindInMap": {
                    List<?> l = (List<?>) arg;
                    Map<String, Object> mapping = map(map(template.get("Mappings")).get(string(eval(l.get(0)))));
                    Map<String, Object> top = map(mapping.get(string(eval(l.get(1)))));
                    if (top == null) throw new IllegalStateException("no mapping key " + eval(l.get(1)));
                    return top.get(string(eval(l.get(2))));
                }
                case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition", "Fn::Contains":
                    return truth(map);
                default:
                    if (fn.getKey().startsWith("Fn::")) throw new IllegalStateException("not evaluated: " + fn.getKey());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            Object v = evalOrNoValue(e.getValue());
            if (v != NO_VALUE) out.put(e.getKey(), v);
        }
        return out;
    }

    /** A condition function (or a rule function) as true or false. */
    boolean truth(Object node) {
        Map<String, Object> map = map(node);
        Map.Entry<String, Object> fn = map.entrySet().iterator().next();
        Object arg = fn.getValue();
        return switch (fn.getKey()) {
            case "Condition" -> condition((String) arg);
            case "Fn::Equals" -> {
                List<?> l = (List<?>) arg;
                yield string(eval(l.get(0))).equals(string(eval(l.get(1))));
            }
            case "Fn::Not" -> !truth(((List<?>) arg).get(0));
            case "Fn::And" -> ((List<?>) arg).stream().allMatch(this::truth);
            case "Fn::Or" -> ((List<?>) arg).stream().anyMatch(this::truth);
            case "Fn::Contains" -> {
                List<?> l = (List<?>) arg;
                String value = string(eval(l.get(1)));
                yield ((List<?>) eval(l.get(0))).stream().map(CfnEval::string).anyMatch(value::equals);
            }
            default -> throw new IllegalStateException("not a condition: " + fn.getKey());
        };
    }

    private Object ref(String name) {
        if (name.equals("AWS::NoValue")) return NO_VALUE;
        String p = parameters.get(name);
        if (p != null) return p;
        if (map(template.get("Resources")).containsKey(name) || name.endsWith("Aliaslive")) return "<" + name + ">";
        throw new IllegalStateException("Ref to nothing: " + name);
    }

    private String sub(Object arg) {
        String text;
        Map<String, Object> local = new HashMap<>();
        if (arg instanceof String s) {
            text = s;
        } else {
            List<?> l = (List<?>) arg;
            text = (String) l.get(0);
            map(l.get(1)).forEach((k, v) -> local.put(k, eval(v)));
        }
        Matcher m = SUB_VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String value;
            if (var.startsWith("!")) {
                value = "${" + var.substring(1) + "}";
            } else if (local.containsKey(var)) {
                value = string(local.get(var));
            } else if (var.contains(".") && !var.startsWith("AWS::")) {
                value = "<" + var + ">";
            } else {
                value = string(ref(var));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String string(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
