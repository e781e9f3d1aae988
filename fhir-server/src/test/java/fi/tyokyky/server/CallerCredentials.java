package fi.tyokyky.server;

import java.util.Map;

/** Turns a test caller into the HTTP headers that make a request the caller's. */
@FunctionalInterface
interface CallerCredentials {

  /** The headers to add to every request of {@code caller} (never null, may be empty). */
  Map<String, String> headers(TestCaller caller);
}
