package vn.hailong.api.response;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;

/**
 * Reads a rating's body as RFC 8259 demands and nothing looser: strict UTF-8 (no overlong forms, no
 * CESU-8 surrogates, no UTF-16, no byte order mark), one JSON value with nothing after it, no key
 * twice in an object. What a lenient parser would guess at is refused, so that what is stored is
 * exactly what was sent.
 */
@Singleton
class StrictJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** The body as a JSON tree, if it is {@code application/json} in UTF-8 and strictly so. */
  JsonNode read(@Nullable MediaType contentType, byte[] body) {
    if (contentType == null || !contentType.matches(MediaType.APPLICATION_JSON_TYPE)) {
      throw Problem.of(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "Chỉ nhận application/json / Only application/json is accepted, not " + contentType);
    }
    // RFC 8259: JSON between systems is UTF-8; a body that declares another charset is refused
    if (contentType.getCharset().filter(c -> !c.equals(StandardCharsets.UTF_8)).isPresent()) {
      throw Problem.of(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "Chỉ nhận JSON UTF-8 / Only UTF-8 JSON is accepted, not " + contentType);
    }
    if (body.length == 0) {
      throw unreadable("Nội dung rỗng / The body is empty");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw unreadable("Nội dung không phải UTF-8 hợp lệ / The body is not valid UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      throw unreadable("Nội dung có BOM / The body starts with a byte order mark");
    }
    // one pass: the tree is built while the structure is checked
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw unreadable("Nội dung không phải JSON / The body is not JSON");
      }
      JsonNode node = value(parser, first);
      if (parser.nextToken() != null) {
        throw unreadable("Có dữ liệu sau giá trị JSON / Data after the JSON value");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw unreadable("Nội dung không phải JSON / The body is not JSON");
    } catch (IOException e) {
      throw unreadable("Nội dung không đọc được / The body could not be read");
    }
  }

  /**
   * The value that starts at {@code token}, with no key twice in an object (a key twice would be
   * read as either). Jackson bounds the nesting depth, and so this recursion.
   */
  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (JsonToken key = parser.nextToken();
            key != JsonToken.END_OBJECT;
            key = parser.nextToken()) {
          String name = parser.currentName();
          requireWholeCharacters(name);
          if (fields.containsKey(name)) {
            throw unreadable("Khóa lặp lại / Duplicate key: '" + name + "'");
          }
          fields.put(name, value(parser, parser.nextToken()));
        }
        yield JsonNode.createObjectNode(fields);
      }
      case START_ARRAY -> {
        List<JsonNode> items = new ArrayList<>();
        for (JsonToken item = parser.nextToken();
            item != JsonToken.END_ARRAY;
            item = parser.nextToken()) {
          items.add(value(parser, item));
        }
        yield JsonNode.createArrayNode(items);
      }
      case VALUE_STRING -> {
        requireWholeCharacters(parser.getText());
        yield JsonNode.createStringNode(parser.getText());
      }
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> JsonNode.createNumberNode(parser.getIntValue());
            case LONG -> JsonNode.createNumberNode(parser.getLongValue());
            default -> JsonNode.createNumberNode(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> JsonNode.createNumberNode(parser.getDecimalValue());
      case VALUE_TRUE -> JsonNode.createBooleanNode(true);
      case VALUE_FALSE -> JsonNode.createBooleanNode(false);
      case VALUE_NULL -> JsonNode.nullNode();
      default -> throw unreadable("Nội dung không phải JSON / The body is not JSON");
    };
  }

  /** An escaped lone surrogate ("\\ud800") is JSON's grammar but no character: nothing to store. */
  private static void requireWholeCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw unreadable("Ký tự không hợp lệ / A lone surrogate is not a character");
      }
    }
  }

  private static Problem unreadable(String detail) {
    return Problem.of(ProblemType.UNREADABLE_BODY, detail);
  }
}
