package vn.hailong.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table says what application.yml does: the same environment variables,
 * with the same defaults, so that neither can drift from the other.
 */
class ConfigurationDocsTest {
  // ${NAME:default} in application.yml; the default may hold a nested ${...}
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+):([^}]*\\}?)\\}");
  // | `NAME` | default | meaning |, and | `A`, `B` | ... for a row that documents two at once
  private static final Pattern ROW =
      Pattern.compile("^\\| (`[A-Z][A-Z0-9_]+`(?:, `[A-Z][A-Z0-9_]+`)*) \\| ([^|]*) \\|");

  /** Environment variable to its default, as application.yml reads it. */
  private static Map<String, String> fromApplicationYml() throws IOException {
    try (InputStream yml = ConfigurationDocsTest.class.getResourceAsStream("/application.yml")) {
      String text = new String(yml.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> variables = new TreeMap<>();
      Matcher m = VARIABLE.matcher(text);
      while (m.find()) {
        variables.put(m.group(1), m.group(2));
      }
      return variables;
    }
  }

  /** Environment variable to the default cell of its README row. */
  private static Map<String, String> fromReadme() throws IOException {
    Map<String, String> variables = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        for (String name : m.group(1).split(", ")) {
          variables.put(name.replace("`", ""), m.group(2).strip());
        }
      }
    }
    return variables;
  }

  @Test
  void theReadmeListsEveryVariableWithItsDefault() throws IOException {
    Map<String, String> yml = fromApplicationYml();
    Map<String, String> readme = fromReadme();

    assertEquals(
        yml.keySet(), readme.keySet(), "the variables of application.yml and of the README");
    yml.forEach(
        (name, value) -> {
          String cell = readme.get(name);
          if (value.isEmpty() || value.startsWith("${")) {
            // no literal default: the README says what happens instead, in words
            assertEquals(
                false, cell.startsWith("`"), name + ": README shows a literal default " + cell);
          } else {
            assertEquals("`" + value + "`", cell.split(" ")[0], name + ": README default");
          }
        });
  }
}
