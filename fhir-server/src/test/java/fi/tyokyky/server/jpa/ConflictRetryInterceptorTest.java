package fi.tyokyky.server.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.api.model.ResourceVersionConflictResolutionStrategy;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import org.junit.jupiter.api.Test;

class ConflictRetryInterceptorTest {

  private final ConflictRetryInterceptor interceptor = new ConflictRetryInterceptor(5);

  @Test
  void transactionIsRetried() {
    ResourceVersionConflictResolutionStrategy strategy =
        interceptor.onConflict(request(RestOperationTypeEnum.TRANSACTION));

    assertThat(strategy.isRetry()).isTrue();
    assertThat(strategy.getMaxRetries()).isEqualTo(5);
  }

  @Test
  void writeNamingAVersionWithIfMatchIsNotRetried() {
    SystemRequestDetails update = request(RestOperationTypeEnum.UPDATE);
    update.addHeader("If-Match", "W/\"3\"");

    assertThat(interceptor.onConflict(update).isRetry()).isFalse();
  }

  @Test
  void readAndUnknownRequestAreNotRetried() {
    assertThat(interceptor.onConflict(request(RestOperationTypeEnum.READ)).isRetry()).isFalse();
    assertThat(interceptor.onConflict(null).isRetry()).isFalse();
  }

  @Test
  void atLeastOneRetryIsRequired() {
    assertThatThrownBy(() -> new ConflictRetryInterceptor(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must be at least 1, was 0");
  }

  private static SystemRequestDetails request(RestOperationTypeEnum operation) {
    SystemRequestDetails request = new SystemRequestDetails();
    request.setRestOperationType(operation);
    return request;
  }
}
