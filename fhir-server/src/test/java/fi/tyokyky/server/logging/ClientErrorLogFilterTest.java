package fi.tyokyky.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class ClientErrorLogFilterTest {

  private final ClientErrorLogFilter filter = new ClientErrorLogFilter();

  @Test
  void clientErrorThrownByAnInterceptorIsDropped() {
    assertThat(
            filter.decide(
                event(
                    ClientErrorLogFilter.INTERCEPTOR_SERVICE_LOGGER,
                    new UnprocessableEntityException("The content does not conform"))))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void serverErrorThrownByAnInterceptorIsKept() {
    assertThat(
            filter.decide(
                event(
                    ClientErrorLogFilter.INTERCEPTOR_SERVICE_LOGGER,
                    new InternalErrorException("broken"))))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(
            filter.decide(
                event(
                    ClientErrorLogFilter.INTERCEPTOR_SERVICE_LOGGER,
                    new IllegalStateException("bug"))))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void otherLoggersAreNotFiltered() {
    assertThat(
            filter.decide(event("fi.tyokyky.server.Other", new UnprocessableEntityException("x"))))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event(ClientErrorLogFilter.INTERCEPTOR_SERVICE_LOGGER, null)))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void aMalformedSearchValueQuotedByHapisExceptionHandlerIsDropped() {
    assertThat(
            filter.decide(
                event(
                    ClientErrorLogFilter.EXCEPTION_HANDLER_LOGGER,
                    new DataFormatException("Invalid date/time format: \"010180-9004\""))))
        .isEqualTo(FilterReply.DENY);
    assertThat(
            filter.decide(
                event(
                    ClientErrorLogFilter.EXCEPTION_HANDLER_LOGGER,
                    new IllegalStateException("bug"))))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void aSearchRefusedAsInvalidIsDroppedAndOtherSearchFailuresKept() {
    Logger logger = new LoggerContext().getLogger(ClientErrorLogFilter.SEARCH_TASK_LOGGER);
    LoggingEvent invalid =
        new LoggingEvent(
            ClientErrorLogFilterTest.class.getName(),
            logger,
            Level.WARN,
            "Failed during search due to invalid request: {}",
            null,
            new Object[] {"Unknown _sort parameter value \"Virtanen\""});
    LoggingEvent failed =
        new LoggingEvent(
            ClientErrorLogFilterTest.class.getName(),
            logger,
            Level.ERROR,
            "Failed during search loading after {}ms",
            null,
            new Object[] {12});

    assertThat(filter.decide(invalid)).isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(failed)).isEqualTo(FilterReply.NEUTRAL);
  }

  private static LoggingEvent event(String loggerName, Throwable thrown) {
    Logger logger = new LoggerContext().getLogger(loggerName);
    return new LoggingEvent(
        ClientErrorLogFilterTest.class.getName(),
        logger,
        Level.ERROR,
        "Exception thrown by interceptor",
        thrown,
        null);
  }
}
