package dev.precis.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks: objects become {@link Map}, arrays {@link List},
 * strings {@link String}, numbers {@link Double}, plus {@link Boolean} and {@code null}. It accepts
 * what pages really ship (trailing commas, CDATA wrappers, control characters in strings) and
 * returns {@code null} instead of throwing on anything it cannot read.
 */
final class Json {

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** Parses {@code text}; {@code null} when it is not JSON. */
    static Object parse(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.startsWith("<![CDATA[")) t = t.substring(9);
        if (t.endsWith("]]>")) t = t.substring(0, t.length() - 3);
        t = t.strip();
        if (t.startsWith("//") && t.indexOf('\n') > 0) t = t.substring(t.indexOf('\n') + 1);
        try {
            Json p = new Json(t);
            p.ws();
            return p.value();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Object value() {
        ws();
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                i += 4;
                return Boolean.TRUE;
            case 'f':
                i += 5;
                return Boolean.FALSE;
            case 'n':
                i += 4;
                return null;
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        while (true) {
            ws();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            if (s.charAt(i) == ',') {
                i++;
                continue;
            }
            String k = string();
            ws();
            if (s.charAt(i) != ':') throw new IllegalStateException("colon expected at " + i);
            i++;
            m.putIfAbsent(k, value());
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        i++;
        while (true) {
            ws();
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            if (s.charAt(i) == ',') {
                i++;
                continue;
            }
            l.add(value());
        }
    }

    private String string() {
        if (s.charAt(i) != '"') throw new IllegalStateException("string expected at " + i);
        i++;
        int end = i; // most strings have no escape: one substring, no per-character copy
        while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '\\') end++;
        if (end < s.length() && s.charAt(end) == '"') {
            String plain = s.substring(i, end);
            i = end + 1;
            return plain;
        }
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private Object number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw new IllegalStateException("value expected at " + i);
        return Double.valueOf(s.substring(start, i));
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
}
