package fi.tyokyky.server.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tyokyky.server.security.OwnerOnlyFiles;
import fi.tyokyky.statistics.pseudonym.ReleaseKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Reads the release key from its file, or makes one and writes it with owner-only permissions.
 *
 * <pre>{@code {"id": "release-2026-12-01-3f2a9c1e", "key": "<base64 of at least 32 bytes>"}}</pre>
 *
 * A key shorter than 32 bytes is refused at start-up ({@code WeakKeyException}); the message never
 * holds the key.
 */
final class ReleaseKeyFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReleaseKeyFile() {}

  /** The key in {@code file}; a new one, written there, when there is no such file. */
  static ReleaseKey loadOrCreate(Path file) {
    String text = OwnerOnlyFiles.readIfExists(file);
    if (text == null) {
      String id =
          "release-"
              + LocalDate.now(ZoneOffset.UTC)
              + "-"
              + HexFormat.of()
                  .toHexDigits(UUID.randomUUID().getMostSignificantBits())
                  .substring(0, 8);
      ReleaseKey key = ReleaseKey.generate(id);
      ObjectNode node = JSON.createObjectNode();
      node.put("id", key.id());
      node.put("key", Base64.getEncoder().encodeToString(key.secret()));
      OwnerOnlyFiles.write(file, node.toPrettyString() + "\n");
      return key;
    }
    try {
      JsonNode node = JSON.readTree(text);
      byte[] secret = Base64.getDecoder().decode(node.path("key").asText(""));
      return ReleaseKey.of(node.path("id").asText(""), secret);
    } catch (IOException e) {
      throw new UncheckedIOException("The release key file " + file + " is not JSON", e);
    } catch (IllegalArgumentException e) {
      // Base64 errors name the offending character, which is part of the key.
      if (e instanceof fi.tyokyky.statistics.pseudonym.WeakKeyException weak) {
        throw weak;
      }
      throw new IllegalArgumentException(
          "The release key file " + file + " does not hold base64 in \"key\"");
    }
  }
}
