package fi.tyokyky.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The load client's access token: obtained with {@code client_secret_basic} for one demo client of
 * the server's credentials file and fetched again 30 s before it expires, so that a run longer than
 * a token's 5 minutes keeps going. Thread-safe.
 */
final class LoadToken {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

  private final URI tokenEndpoint;
  private final String basic;
  private final HttpClient http;
  private String token;
  private Instant expires = Instant.MIN;

  private LoadToken(URI tokenEndpoint, String basic, HttpClient http) {
    this.tokenEndpoint = tokenEndpoint;
    this.basic = basic;
    this.http = http;
  }

  /** The token source for {@code clientId} of {@code credentialsFile}. */
  static LoadToken of(Path credentialsFile, String clientId, HttpClient http) throws IOException {
    JsonNode file = JSON.readTree(Files.readString(credentialsFile));
    for (JsonNode client : file.path("clients")) {
      if (clientId.equals(client.path("client_id").asText())) {
        String pair =
            URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + ":"
                + URLEncoder.encode(client.path("client_secret").asText(), StandardCharsets.UTF_8);
        return new LoadToken(
            URI.create(file.path("token_endpoint").asText()),
            Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
            http);
      }
    }
    throw new IllegalArgumentException("No client " + clientId + " in " + credentialsFile);
  }

  /** A token valid for at least 30 more seconds. */
  synchronized String current() throws IOException, InterruptedException {
    if (Instant.now().plus(RENEW_BEFORE_EXPIRY).isAfter(expires)) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(tokenEndpoint)
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=client_credentials&scope=system%2F*.cruds"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode answer = JSON.readTree(response.body());
      if (response.statusCode() != 200) {
        throw new IOException(
            "Token refused (HTTP " + response.statusCode() + "): " + answer.path("error").asText());
      }
      token = answer.path("access_token").asText();
      expires = Instant.now().plusSeconds(answer.path("expires_in").asLong());
    }
    return token;
  }
}
