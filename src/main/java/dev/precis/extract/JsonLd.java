package dev.precis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD: finds the article object (top level, in arrays or in {@code @graph}),
 * resolves {@code @id} references within the page, and reads its fields leniently.
 */
final class JsonLd {

    private JsonLd() {
    }

    /** Every schema.org object of the page's JSON-LD {@code scripts} (top level, in arrays, in {@code @graph}). */
    static List<Map<String, Object>> objects(List<Element> scripts) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Element script : scripts) {
            Object parsed = JsonText.parse(script.data());
            if (isSchemaOrg(parsed)) collect(parsed, all);
        }
        return all;
    }

    /** The {@code @type} names of {@code objects} (a type list gives each of its names). */
    static java.util.Set<String> types(List<Map<String, Object>> objects) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Map<String, Object> o : objects) {
            Object t = o.get("@type");
            if (t instanceof String s) out.add(s);
            else if (t instanceof List<?> l) for (Object x : l) if (x instanceof String s) out.add(s);
        }
        return out;
    }

    /** The first article-typed object among the page's JSON-LD {@code all} objects, {@code @id} references resolved; or null. */
    static Map<String, Object> findArticle(List<Map<String, Object>> all) {
        if (all.isEmpty()) return null;
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> o : all) {
            if (o.get("@id") instanceof String id) byId.putIfAbsent(id, o);
        }
        for (Map<String, Object> o : all) {
            if (isArticle(o.get("@type"))) return resolve(o, byId);
        }
        return null;
    }

    /**
     * The {@code description} of the page's first JSON-LD {@code Product} (or {@code ProductGroup}), tags removed, or
     * null: on a product page, the shop's own words for what the visible body should hold ({@link Choice}).
     */
    static String productDescription(List<Map<String, Object>> all) {
        for (Map<String, Object> o : all) {
            if (isProduct(o.get("@type"))) {
                String d = string(o, "description");
                return d == null ? null : Dom.clean(TAG.matcher(d).replaceAll(" "));
            }
        }
        return null;
    }

    /**
     * The texts (tags removed) of the answers a page's JSON-LD {@code Question} declares — {@code acceptedAnswer} and
     * {@code suggestedAnswer}, at most {@link Tuning#FORUM_DECLARED_ANSWERS} — whether the question stands at the top
     * level or as a {@code QAPage}'s {@code mainEntity}; empty without one. A Q&amp;A thread's own list of its replies,
     * against which the reading is checked ({@link Choice#withAnswers}).
     */
    static List<String> answers(List<Map<String, Object>> all) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> o : all) {
            Object q = hasType(o.get("@type"), "QAPage") ? o.get("mainEntity") : o;
            if (q instanceof List<?> l && !l.isEmpty()) q = l.get(0);
            if (!(q instanceof Map<?, ?> question) || !hasType(question.get("@type"), "Question")) continue;
            addAnswers(question.get("acceptedAnswer"), out);
            addAnswers(question.get("suggestedAnswer"), out);
            if (!out.isEmpty()) break;
        }
        return out;
    }

    private static void addAnswers(Object v, List<String> out) {
        if (v instanceof List<?> l) {
            for (Object a : l) addAnswers(a, out);
        } else if (v instanceof Map<?, ?> m && out.size() < Tuning.FORUM_DECLARED_ANSWERS && m.get("text") != null) {
            String t = text(m.get("text"));
            if (t != null) out.add(Dom.clean(TAG.matcher(t).replaceAll(" ")));
        }
    }

    private static boolean hasType(Object type, String name) {
        if (type instanceof String s) return s.equalsIgnoreCase(name);
        if (type instanceof List<?> l) {
            for (Object t : l) if (hasType(t, name)) return true;
        }
        return false;
    }

    /** A markup tag inside a JSON-LD text (some shops put their description's HTML there). */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^<>]{0,200}>");

    private static boolean isProduct(Object type) {
        if (type instanceof String s) return s.equalsIgnoreCase("Product") || s.equalsIgnoreCase("ProductGroup");
        if (type instanceof List<?> l) {
            for (Object t : l) if (isProduct(t)) return true;
        }
        return false;
    }

    /** True for JSON-LD whose {@code @context} is schema.org (a list of such blocks counts when any is). */
    private static boolean isSchemaOrg(Object node) {
        if (node instanceof List<?> l) {
            for (Object o : l) if (isSchemaOrg(o)) return true;
            return false;
        }
        if (!(node instanceof Map<?, ?> m)) return false;
        Object ctx = m.get("@context");
        if (ctx instanceof Map<?, ?> cm) ctx = cm.get("@vocab");
        if (ctx instanceof List<?> cl && !cl.isEmpty()) ctx = cl.get(0);
        return ctx instanceof String c && c.toLowerCase(java.util.Locale.ROOT).contains("schema.org");
    }

    /**
     * The headline: {@code headline} or {@code name}; when both exist and differ, the one the
     * page's {@code <title>} contains (else the headline).
     */
    static String headline(Map<String, Object> o, String docTitle) {
        String headline = string(o, "headline");
        String name = string(o, "name");
        if (headline == null) return name;
        if (name == null || name.equals(headline)) return headline;
        String t = docTitle == null ? "" : docTitle;
        if (similarity(headline, t) < Tuning.TITLE_SIMILARITY && similarity(name, t) >= Tuning.TITLE_SIMILARITY) {
            return name;
        }
        return headline;
    }

    /** Share of the words of {@code a} (lower-cased) that occur in {@code b}. */
    static double similarity(String a, String b) {
        String[] words = Vocabulary.WORD_SPLIT.split(a.toLowerCase(java.util.Locale.ROOT));
        String lb = b.toLowerCase(java.util.Locale.ROOT);
        int n = 0;
        int found = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            n++;
            if (lb.contains(w)) found++;
        }
        return n == 0 ? 0 : (double) found / n;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> out) {
        if (node instanceof List<?> list) {
            for (Object o : list) collect(o, out);
        } else if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            out.add(m);
            if (m.get("@graph") != null) collect(m.get("@graph"), out);
            if (m.get("mainEntity") instanceof Map<?, ?> main) collect(main, out);
        }
    }

    private static boolean isArticle(Object type) {
        if (type instanceof String s) return Vocabulary.ARTICLE_TYPE.matcher(s).matches();
        if (type instanceof List<?> l) {
            for (Object t : l) if (isArticle(t)) return true;
        }
        return false;
    }

    /** A shallow copy of {@code o} whose {@code @id}-only references point to the full objects. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> o, Map<String, Map<String, Object>> byId) {
        Map<String, Object> out = new HashMap<>(o);
        for (Map.Entry<String, Object> e : o.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> ref) {
                out.put(e.getKey(), deref((Map<String, Object>) ref, byId));
            } else if (v instanceof List<?> list) {
                List<Object> l = new ArrayList<>();
                for (Object x : list) l.add(x instanceof Map<?, ?> r ? deref((Map<String, Object>) r, byId) : x);
                out.put(e.getKey(), l);
            }
        }
        return out;
    }

    private static Object deref(Map<String, Object> ref, Map<String, Map<String, Object>> byId) {
        if (ref.size() == 1 && ref.get("@id") instanceof String id && byId.containsKey(id)) return byId.get(id);
        return ref;
    }

    /** A string field (first of a list, {@code @value} of an object), or null. */
    static String string(Map<String, Object> o, String key) {
        if (o == null) return null;
        return text(o.get(key));
    }

    private static String text(Object v) {
        if (v instanceof String s) return Dom.clean(org.jsoup.parser.Parser.unescapeEntities(s, false));
        if (v instanceof List<?> l && !l.isEmpty()) return text(l.get(0));
        if (v instanceof Map<?, ?> m && m.get("@value") != null) return text(m.get("@value"));
        return null;
    }

    /** The author name(s), comma-joined; or null. */
    static String authors(Map<String, Object> o) {
        if (o == null) return null;
        Object a = o.get("author");
        List<String> names = new ArrayList<>();
        addNames(a, names);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addNames(Object a, List<String> names) {
        if (a instanceof String s) {
            String c = Dom.clean(s);
            if (c != null && !Vocabulary.URL_VALUE.matcher(c).matches()) names.add(c);
        } else if (a instanceof Map<?, ?> m) {
            String n = text(m.get("name"));
            if (n != null) names.add(n);
        } else if (a instanceof List<?> l) {
            for (Object x : l) addNames(x, names);
        }
    }

    /** The publisher's name; or null. */
    static String publisherName(Map<String, Object> o) {
        if (o == null) return null;
        Object p = o.get("publisher");
        if (p instanceof List<?> l && !l.isEmpty()) p = l.get(0);
        if (p instanceof Map<?, ?> m) return text(m.get("name"));
        return null;
    }

    /** True when {@code isAccessibleForFree} is false on the article or one of its parts. */
    static boolean notFree(Map<String, Object> o) {
        if (o == null) return false;
        if (isFalse(o.get("isAccessibleForFree"))) return true;
        Object parts = o.get("hasPart");
        if (parts instanceof Map<?, ?> m) return isFalse(m.get("isAccessibleForFree"));
        if (parts instanceof List<?> l) {
            for (Object x : l) if (x instanceof Map<?, ?> m && isFalse(m.get("isAccessibleForFree"))) return true;
        }
        return false;
    }

    private static boolean isFalse(Object v) {
        return Boolean.FALSE.equals(v) || (v instanceof String s && s.equalsIgnoreCase("false"));
    }
}
