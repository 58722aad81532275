package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text from users is shown as text: a static check over src/main/java that fails, with file:line, on any way to
 * turn a string into markup or script — {@code new Html(}, {@code innerHTML}/{@code outerHTML}/
 * {@code insertAdjacentHTML}, Lit's {@code unsafeHTML}, a {@code LitRenderer} template that is not a literal or a
 * constant, and {@code executeJs}/{@code callJsFunction} scripts built by concatenating variables (values must go in
 * as {@code $0, $1…} parameters, which Vaadin passes as data).
 */
class SecurityStaticCheckTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "new\\s+Html\\s*\\(|import\\s+com\\.vaadin\\.flow\\.component\\.Html\\s*;|innerHTML|outerHTML"
                    + "|insertAdjacentHTML|unsafeHTML|document\\.write");
    private static final Pattern SCRIPT_CALL = Pattern.compile("\\b(executeJs|callJsFunction|LitRenderer\\s*\\.\\s*"
            + "(?:<[^>]*>\\s*)?of)\\s*\\(");

    @Test
    void no_main_source_turns_text_into_markup_or_script() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                problems.addAll(check(file.toString(), Files.readString(file)));
            }
        }
        assertThat(problems).as("markup or script built from strings").isEmpty();
    }

    @Test
    void the_check_catches_each_forbidden_shape() {
        assertThat(check("A.java", "add(new Html(\"<p>\" + note + \"</p>\"));")).hasSize(1);
        assertThat(check("A.java", "getElement().setProperty(\"innerHTML\", member.notes());")).hasSize(1);
        assertThat(check("A.java", "LitRenderer.<Row>of(\"<b>${unsafeHTML(item.x)}</b>\")")).hasSize(1);
        assertThat(check("A.java", "LitRenderer.<Row>of(\"<b>\" + row.name() + \"</b>\")")).hasSize(1);
        assertThat(check("A.java", "ui.getPage().executeJs(\"alert('\" + title + \"')\");")).hasSize(1);
        assertThat(check("A.java", "element.callJsFunction(\n  name + \"Changed\", value);")).hasSize(1);
        // Allowed: literal scripts and templates, values passed as parameters or bound as properties.
        assertThat(check("A.java", "ui.getPage().executeJs(\"document.cookie = $0 + '=' + $1;\", k, v);")).isEmpty();
        assertThat(check("A.java", "LitRenderer.<Row>of(\"<a href=\\\"x/${item.id}\\\">${item.label}</a>\")"))
                .isEmpty();
        assertThat(check("A.java", "LitRenderer.<Row>of(RoadmapBadges.HEALTH_TEMPLATE)")).isEmpty();
        assertThat(check("A.java", "LitRenderer.<Row>of(\"<span>\"\n + \"${item.x}</span>\")")).isEmpty();
    }

    static List<String> check(String file, String source) {
        List<String> problems = new ArrayList<>();
        Matcher forbidden = FORBIDDEN.matcher(source);
        while (forbidden.find()) {
            problems.add(file + ":" + line(source, forbidden.start()) + ": " + forbidden.group());
        }
        Matcher call = SCRIPT_CALL.matcher(source);
        while (call.find()) {
            String argument = firstArgument(source, call.end());
            String withoutLiterals = argument.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
            String code = withoutLiterals.replace("\"\"", "").replace("+", "").strip();
            boolean literalOnly = code.isEmpty();
            boolean constant = code.matches("([A-Za-z_][A-Za-z0-9_]*\\.)*[A-Z][A-Z0-9_]*");
            if (!literalOnly && !constant) {
                problems.add(file + ":" + line(source, call.start()) + ": " + call.group(1)
                        + " with a script or template built from '" + code + "'");
            }
        }
        return problems;
    }

    /** The text of the call's first argument, up to the comma or closing parenthesis at depth zero. */
    private static String firstArgument(String source, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' || c == ',') {
                if (depth == 0) {
                    return source.substring(start, i);
                }
                if (c == ')') {
                    depth--;
                }
            }
        }
        return source.substring(start);
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
