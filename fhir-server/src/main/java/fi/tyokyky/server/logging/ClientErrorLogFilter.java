package fi.tyokyky.server.logging;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.NotImplementedOperationException;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the ERROR line (with stack trace) HAPI's interceptor service writes whenever an interceptor
 * throws, when what was thrown is a client error (a 4xx {@link BaseServerResponseException}, such
 * as the 422 of a profile violation). Those are answers to the client, not server faults, and their
 * messages may describe the client's content. Likewise HAPI's lines about a malformed search value
 * and a search refused as invalid, which quote the client's values (a henkilötunnus, a name).
 * Anything else passes.
 */
public class ClientErrorLogFilter extends Filter<ILoggingEvent> {

  /** The logger that reports exceptions thrown by interceptors. */
  static final String INTERCEPTOR_SERVICE_LOGGER =
      "ca.uhn.fhir.interceptor.executor.BaseInterceptorService";

  /** The logger of HAPI's handler of exceptions thrown while processing a request. */
  static final String EXCEPTION_HANDLER_LOGGER =
      "ca.uhn.fhir.rest.server.interceptor.ExceptionHandlingInterceptor";

  /** The logger of HAPI's search tasks. */
  static final String SEARCH_TASK_LOGGER = "ca.uhn.fhir.jpa.search.builder.tasks.SearchTask";

  @Override
  public FilterReply decide(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null
        && INTERCEPTOR_SERVICE_LOGGER.equals(event.getLoggerName())
        && isClientError(thrown.getClassName())) {
      return FilterReply.DENY;
    }
    // A malformed search value (birthdate=<a henkilötunnus>) reaches HAPI's exception handler as a
    // DataFormatException whose message quotes the value; the client gets it in the answer.
    if (thrown != null
        && EXCEPTION_HANDLER_LOGGER.equals(event.getLoggerName())
        && DataFormatException.class.getName().equals(thrown.getClassName())) {
      return FilterReply.DENY;
    }
    // A search refused as invalid (an unknown _sort value) is logged with the client's values.
    if (SEARCH_TASK_LOGGER.equals(event.getLoggerName())
        && event.getMessage() != null
        && event.getMessage().startsWith("Failed during search due to invalid request")) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isClientError(String className) {
    try {
      Class<?> type = Class.forName(className, false, ClientErrorLogFilter.class.getClassLoader());
      return BaseServerResponseException.class.isAssignableFrom(type)
          && !InternalErrorException.class.isAssignableFrom(type)
          && !NotImplementedOperationException.class.isAssignableFrom(type);
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
