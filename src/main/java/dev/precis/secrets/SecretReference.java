package dev.precis.secrets;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a secret is kept, parsed from its reference:
 * <pre>
 *   reference = target [ "#" field ]
 *   target    = "arn:" partition ":secretsmanager:" region ":" account ":secret:" name   Secrets Manager, by ARN
 *             | "arn:" partition ":ssm:" region ":" account ":parameter/" path           SSM parameter, by ARN
 *             | "ssm:" parameter-name                                                  SSM parameter in the default region
 *             | secret-name                                                            Secrets Manager, default region
 * </pre>
 * e.g. {@code precis/openai}, {@code arn:aws:secretsmanager:eu-west-1:123456789012:secret:precis/openai-AbCdEf},
 * {@code ssm:/precis/openai-key}, {@code precis/keys#openai} (the {@code openai} field of a JSON secret).
 * An ARN's region is the region asked; other forms use the SDK's region (the function's, on Lambda).
 *
 * @param store  which service keeps it
 * @param id     what that service is asked for: the secret's name or ARN, the parameter's name or ARN
 * @param region the region of an ARN, or null for the SDK's region chain
 * @param field  the JSON field holding the value, or null when the whole value is the secret
 * @param text   the reference as written
 */
public record SecretReference(Store store, String id, String region, String field, String text) {

    /** The services a secret can come from. */
    public enum Store {
        SECRETS_MANAGER("Secrets Manager"),
        SSM_PARAMETER("SSM Parameter Store");

        private final String label;

        Store(String label) {
            this.label = label;
        }

        /** The service's name for messages. */
        public String label() {
            return label;
        }
    }

    /** The forms, for messages. */
    static final String FORMS = "a Secrets Manager secret name or ARN, 'ssm:/parameter/name' or an SSM parameter ARN, "
            + "optionally followed by '#field' for a JSON secret";
    /** Secrets Manager names: letters, digits and {@code /_+=.@-}, up to 512 characters (the service's rule). */
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]{1,512}");
    /** SSM parameter names: letters, digits and {@code _.-/}, up to 2048 characters with the path (the service's rule). */
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_./-]{1,2048}");
    /** A Secrets Manager or SSM ARN; the partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}) and region are kept. */
    private static final Pattern ARN = Pattern.compile(
            "arn:(aws[a-z-]*):(secretsmanager|ssm):([a-z]{2}(?:-[a-z]+)+-\\d+):(\\d{12}):(secret:|parameter/)(.+)");
    /**
     * Values that look like an API key itself rather than where one is kept (OpenAI and Anthropic keys
     * start with {@code sk-}): refused, so a key pasted in the wrong place is not sent to AWS as a name.
     */
    private static final Pattern LOOKS_LIKE_A_KEY = Pattern.compile("sk-[A-Za-z0-9_-]{8,}.*");

    /**
     * Parses a reference.
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code text} is none of them
     */
    public static SecretReference parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the secret reference is empty; use " + FORMS);
        }
        String t = text.strip();
        String field = null;
        String target = t;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            field = t.substring(hash + 1);
            target = t.substring(0, hash);
            if (field.isEmpty() || field.indexOf('#') >= 0) {
                throw new IllegalArgumentException("'" + t + "': after '#' comes one JSON field name");
            }
        }
        if (LOOKS_LIKE_A_KEY.matcher(target).matches()) {
            throw new IllegalArgumentException("the secret reference looks like an API key itself; store the key in "
                    + "Secrets Manager or as an SSM SecureString and give its name or ARN");
        }
        if (target.startsWith("arn:")) {
            Matcher m = ARN.matcher(target);
            boolean secret = m.matches() && m.group(2).equals("secretsmanager") && m.group(5).equals("secret:");
            boolean parameter = m.matches() && m.group(2).equals("ssm") && m.group(5).equals("parameter/");
            if (!secret && !parameter) {
                throw new IllegalArgumentException("'" + t + "' is not a Secrets Manager secret ARN "
                        + "(arn:aws:secretsmanager:<region>:<account>:secret:<name>) or an SSM parameter ARN "
                        + "(arn:aws:ssm:<region>:<account>:parameter/<name>)");
            }
            String name = m.group(6);
            if (!(secret ? SECRET_NAME : PARAMETER_NAME).matcher(name).matches()) {
                throw new IllegalArgumentException("'" + t + "' names no valid " + (secret ? "secret" : "parameter"));
            }
            return new SecretReference(secret ? Store.SECRETS_MANAGER : Store.SSM_PARAMETER, target, m.group(3), field, t);
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ssm:")) {
            String name = target.substring(4);
            if (!PARAMETER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + t + "': an SSM parameter name has letters, digits and _.-/ "
                        + "(e.g. ssm:/precis/openai-key)");
            }
            return new SecretReference(Store.SSM_PARAMETER, name, null, field, t);
        }
        if (target.indexOf(':') >= 0 || !SECRET_NAME.matcher(target).matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a secret reference; use " + FORMS);
        }
        return new SecretReference(Store.SECRETS_MANAGER, target, null, field, t);
    }

    /** How messages name the secret: its service and reference. */
    public String describe() {
        return store.label() + " " + (store == Store.SSM_PARAMETER ? "parameter" : "secret") + " '" + id + "'"
                + (region != null ? " in " + region : "");
    }
}
